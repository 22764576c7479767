import { siteHost } from './site-host';
import type { PaperSource, SiteExamples } from './types';

const jmlr = siteHost('jmlr.org', { subdomains: true });

/** JMLR: no papers.cool id form, so paper pages are read for their citation metadata. */
export const jmlrSource: PaperSource = {
  name: 'jmlr',
  label: 'JMLR',
  rules: [],
  paperPagePatterns: [],
  metadataPagePatterns: [jmlr.pages('/papers/v')],
};

/** Real addresses (docs/facts.md, citation metadata on scholarly hosts). Tests only. */
export const examples: SiteExamples = {
  metadataPages: ['https://www.jmlr.org/papers/v22/20-1380.html'],
};
