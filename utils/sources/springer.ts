import { siteHost } from './site-host';
import type { PaperSource, SiteExamples } from './types';

const springer = siteHost('link.springer.com');

/** SpringerLink: no papers.cool id form, so paper pages are read for their citation metadata. */
export const springerSource: PaperSource = {
  name: 'springer',
  label: 'SpringerLink',
  rules: [],
  paperPagePatterns: [],
  metadataPagePatterns: [springer.pages('/article/'), springer.pages('/chapter/')],
};

/** Real addresses (docs/facts.md, citation metadata on scholarly hosts). Tests only. */
export const examples: SiteExamples = {
  metadataPages: ['https://link.springer.com/article/10.1007/s10902-022-00526-1'],
};
