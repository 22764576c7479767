import { siteHost } from './site-host';
import type { InlineLinkSource, SiteExamples } from './types';
import { venuePaper } from './venue';

const ojs = siteHost('ojs.aaai.org');
const JOURNAL = '/index.php/AAAI/';

export const aaaiSource: InlineLinkSource = {
  name: 'aaai',
  label: 'AAAI',
  rules: [
    ojs.rule(JOURNAL, /article\/(?:view|download)\/(\d+)(?!\d)/, ([article]) =>
      venuePaper('aaai', `${Number(article)}@AAAI`),
    ),
    {
      // AAAI's DOIs end in the OJS article number, except volume 33 (AAAI-19), whose DOIs end in
      // 3301 and the first page (tests/fixtures/real-links/README.md): those can't be mapped.
      pattern: /\/aaai\.v(?<=10\.1609\/aaai\.v)(\d+)i\d+\.(\d+)(?![0-9A-Za-z])/,
      read: ([volume, article]) =>
        Number(volume) >= 32 && Number(volume) !== 33 ? venuePaper('aaai', `${Number(article)}@AAAI`) : undefined,
    },
  ],
  paperPagePatterns: [
    ojs.pages(`${JOURNAL}article/`),
    // Generated lists double the first slash (docs/facts.md, link forms).
    ojs.pages(`/${JOURNAL}article/`),
    '*://doi.org/10.1609/aaai.*',
    '*://dx.doi.org/10.1609/aaai.*',
  ],
  linkPagePatterns: [ojs.pages(`${JOURNAL}article/view/`, 'https')],
};

/** Real-looking inputs and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const examples: SiteExamples = {
  ids: [
    { input: 'https://ojs.aaai.org/index.php/AAAI/article/view/36963', expected: ['36963@AAAI'] },
    { input: 'https://ojs.aaai.org/index.php/AAAI/article/view/36963/40925', expected: ['36963@AAAI'] },
    { input: 'https://ojs.aaai.org/index.php/AAAI/article/download/36963/40925', expected: ['36963@AAAI'] },
    { input: 'https://ojs.aaai.org//index.php/AAAI/article/view/6590', expected: ['6590@AAAI'] },
    { input: 'https://doi.org/10.1609/aaai.v34i05.6321', expected: ['6321@AAAI'] },
    { input: 'doi: 10.1609/aaai.v34i07.6625', expected: ['6625@AAAI'] },
    { input: 'https://doi.org/10.1609/aaai.v33i01.33019815', expected: [] },
    { input: 'https://ojs.aaai.org/index.php/AAAI/issue/view/624', expected: [] },
    { input: 'https://ojs.aaai.org/index.php/AIES/article/view/31612', expected: [] },
  ],
};
