import { addressRule } from './address-rule';
import type { InlineLinkSource, SourceExample } from './types';
import { isPlausibleYear, venuePaper } from './venue';

export const ijcaiSource: InlineLinkSource = {
  name: 'ijcai',
  label: 'IJCAI',
  branch: 'venue',
  rules: [
    addressRule('ijcai.org', '/proceedings/', /(\d{4})\/(\d{1,4})(?:\.pdf)?(?![0-9A-Za-z])/, ([year, number], now) =>
      isPlausibleYear(Number(year), now) && Number(number) > 0
        ? venuePaper('ijcai', `${Number(number)}@${year}@IJCAI`)
        : undefined,
    ),
  ],
  paperPagePatterns: ['*://*.ijcai.org/proceedings/*'],
  linkPagePatterns: ['https://*.ijcai.org/proceedings/*'],
};

/** Real-looking inputs and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const ijcaiExamples: SourceExample[] = [
  { input: 'https://www.ijcai.org/proceedings/2026/267', expected: ['267@2026@IJCAI'] },
  { input: 'https://www.ijcai.org/proceedings/2023/0123.pdf', expected: ['123@2023@IJCAI'] },
  { input: 'ijcai.org/proceedings/2019/0001', expected: ['1@2019@IJCAI'] },
  { input: 'https://www.ijcai.org/proceedings/2024/', expected: [] },
  { input: 'https://www.ijcai.org/proceedings/2024/0000.pdf', expected: [] },
  { input: 'https://www.ijcai.org/proceedings/3024/12', expected: [] },
  { input: 'https://www.ijcai.org/past_proceedings', expected: [] },
];
