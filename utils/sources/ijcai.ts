import { venueListing } from '../listings';
import { readPath, siteHost } from './site-host';
import type { InlineLinkSource, SiteExamples } from './types';
import { isPlausibleYear, venuePaper } from './venue';

const ijcai = siteHost('ijcai.org', { subdomains: true });
const PROCEEDINGS = '/proceedings/';

export const ijcaiSource: InlineLinkSource = {
  name: 'ijcai',
  label: 'IJCAI',
  rules: [
    ijcai.rule(PROCEEDINGS, /(\d{4})\/(\d{1,4})(?:\.pdf)?(?![0-9A-Za-z])/, ([year, number], now) =>
      isPlausibleYear(Number(year), now) && Number(number) > 0
        ? venuePaper('ijcai', `${Number(number)}@${year}@IJCAI`)
        : undefined,
    ),
  ],
  paperPagePatterns: [ijcai.pages(PROCEEDINGS)],
  listing: {
    pagePatterns: [ijcai.pages(PROCEEDINGS)],
    read: (url, now) => venueListing('IJCAI', Number(readPath(url, PROCEEDINGS, /^(\d{4})\/?$/)?.[1]), now),
  },
  linkPagePatterns: [ijcai.pages(PROCEEDINGS, 'https')],
};

/** Real-looking inputs and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const examples: SiteExamples = {
  ids: [
    { input: 'https://www.ijcai.org/proceedings/2026/267', expected: ['267@2026@IJCAI'] },
    { input: 'https://www.ijcai.org/proceedings/2023/0123.pdf', expected: ['123@2023@IJCAI'] },
    { input: 'ijcai.org/proceedings/2019/0001', expected: ['1@2019@IJCAI'] },
    { input: 'https://www.ijcai.org/proceedings/2024/', expected: [] },
    { input: 'https://www.ijcai.org/proceedings/2024/0000.pdf', expected: [] },
    { input: 'https://www.ijcai.org/proceedings/3024/12', expected: [] },
    { input: 'https://www.ijcai.org/past_proceedings', expected: [] },
  ],
  listings: [
    ['https://www.ijcai.org/proceedings/2024/', 'https://papers.cool/venue/IJCAI.2024'],
    ['https://www.ijcai.org/proceedings/2024/0001.pdf', undefined],
  ],
};
