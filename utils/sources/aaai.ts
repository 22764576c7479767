import { addressRule } from './address-rule';
import { venuePaper } from './venue';
import type { InlineLinkSource, SourceExample } from './types';

export const aaaiSource: InlineLinkSource = {
  name: 'aaai',
  label: 'AAAI',
  branch: 'venue',
  rules: [
    addressRule('ojs.aaai.org', '/index.php/AAAI/', /article\/(?:view|download)\/(\d+)(?!\d)/, ([article]) =>
      venuePaper('aaai', `${Number(article)}@AAAI`),
    ),
  ],
  paperPagePatterns: ['*://ojs.aaai.org/index.php/AAAI/article/*'],
  linkPagePatterns: ['https://ojs.aaai.org/index.php/AAAI/article/view/*'],
};

/** Real-looking inputs and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const aaaiExamples: SourceExample[] = [
  { input: 'https://ojs.aaai.org/index.php/AAAI/article/view/36963', expected: ['36963@AAAI'] },
  { input: 'https://ojs.aaai.org/index.php/AAAI/article/view/36963/40925', expected: ['36963@AAAI'] },
  { input: 'https://ojs.aaai.org/index.php/AAAI/article/download/36963/40925', expected: ['36963@AAAI'] },
  { input: 'https://ojs.aaai.org//index.php/AAAI/article/view/6590', expected: ['6590@AAAI'] },
  { input: 'https://ojs.aaai.org/index.php/AAAI/issue/view/624', expected: [] },
  { input: 'https://ojs.aaai.org/index.php/AIES/article/view/31612', expected: [] },
];
