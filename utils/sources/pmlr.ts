import { venueListing } from '../listings';
import { readPath, siteHost } from './site-host';
import type { InlineLinkSource, SiteExamples } from './types';
import { venuePaper } from './venue';

const pmlr = siteHost('proceedings.mlr.press');

/** PMLR volumes of ICML, by volume (docs/facts.md, papers.cool: listings). */
const ICML_VOLUMES = new Map([
  ['139', 2021],
  ['162', 2022],
  ['202', 2023],
  ['235', 2024],
  ['267', 2025],
]);

export const pmlrSource: InlineLinkSource = {
  name: 'pmlr',
  label: 'PMLR',
  rules: [
    // Paper slugs carry the year (smith23a); volume files and folders (assets, index) don't.
    pmlr.rule('/', /v(\d{1,4})\/([\w-]+)(?![\w-])/, ([volume, slug]) =>
      /\d/.test(slug) ? venuePaper('pmlr', `${slug}@v${volume}@PMLR`) : undefined,
    ),
  ],
  paperPagePatterns: [pmlr.pages('/v')],
  listing: {
    pagePatterns: [pmlr.pages('/v')],
    read: (url, now) => {
      const volume = readPath(url, '/v', /^(\d+)(?:\/|\/index\.html)?$/)?.[1];
      return venueListing('ICML', ICML_VOLUMES.get(volume ?? '') ?? NaN, now);
    },
  },
  linkPagePatterns: [pmlr.pages('/v', 'https')],
};

/** Real-looking inputs and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const examples: SiteExamples = {
  ids: [
    { input: 'https://proceedings.mlr.press/v202/smith23a.html', expected: ['smith23a@v202@PMLR'] },
    { input: 'https://proceedings.mlr.press/v202/smith23a/smith23a.pdf', expected: ['smith23a@v202@PMLR'] },
    { input: 'http://proceedings.mlr.press/v37/ioffe15.html', expected: ['ioffe15@v37@PMLR'] },
    { input: 'see proceedings.mlr.press/v235/zhang24ab.html.', expected: ['zhang24ab@v235@PMLR'] },
    { input: 'https://proceedings.mlr.press/v202/', expected: [] },
    { input: 'https://proceedings.mlr.press/v202/assets/style.css', expected: [] },
    { input: 'https://proceedings.mlr.press/', expected: [] },
  ],
  listings: [
    ['https://proceedings.mlr.press/v235/', 'https://papers.cool/venue/ICML.2024'],
    ['https://proceedings.mlr.press/v267/', 'https://papers.cool/venue/ICML.2025'],
    ['https://proceedings.mlr.press/v202', 'https://papers.cool/venue/ICML.2023'],
    ['https://proceedings.mlr.press/v235/smith24a.html', undefined],
    ['https://proceedings.mlr.press/v200/', undefined],
  ],
};
