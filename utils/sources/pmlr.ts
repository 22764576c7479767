import { addressRule } from './address-rule';
import type { InlineLinkSource, SourceExample } from './types';
import { venuePaper } from './venue';

export const pmlrSource: InlineLinkSource = {
  name: 'pmlr',
  label: 'PMLR',
  branch: 'venue',
  rules: [
    // Paper slugs carry the year (smith23a); volume files and folders (assets, index) don't.
    addressRule('proceedings.mlr.press', '/', /v(\d{1,4})\/([\w-]+)(?![\w-])/, ([volume, slug]) =>
      /\d/.test(slug) ? venuePaper('pmlr', `${slug}@v${volume}@PMLR`) : undefined,
    ),
  ],
  paperPagePatterns: ['*://proceedings.mlr.press/v*'],
  linkPagePatterns: ['https://proceedings.mlr.press/v*'],
};

/** Real-looking inputs and what must come out of them (`now` is EXAMPLES_NOW). Tests only. */
export const pmlrExamples: SourceExample[] = [
  { input: 'https://proceedings.mlr.press/v202/smith23a.html', expected: ['smith23a@v202@PMLR'] },
  { input: 'https://proceedings.mlr.press/v202/smith23a/smith23a.pdf', expected: ['smith23a@v202@PMLR'] },
  { input: 'http://proceedings.mlr.press/v37/ioffe15.html', expected: ['ioffe15@v37@PMLR'] },
  { input: 'see proceedings.mlr.press/v235/zhang24ab.html.', expected: ['zhang24ab@v235@PMLR'] },
  { input: 'https://proceedings.mlr.press/v202/', expected: [] },
  { input: 'https://proceedings.mlr.press/v202/assets/style.css', expected: [] },
  { input: 'https://proceedings.mlr.press/', expected: [] },
];
