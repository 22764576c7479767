import { siteHost } from './site-host';
import type { PaperSource, SiteExamples } from './types';

const semanticScholar = siteHost('semanticscholar.org', { subdomains: true });

/** Semantic Scholar: no papers.cool id form, so paper pages are read for their citation metadata. */
export const semanticScholarSource: PaperSource = {
  name: 'semanticscholar',
  label: 'Semantic Scholar',
  rules: [],
  paperPagePatterns: [],
  metadataPagePatterns: [semanticScholar.pages('/paper/')],
};

/** Real addresses (docs/facts.md, citation metadata on scholarly hosts). Tests only. */
export const examples: SiteExamples = {
  metadataPages: [
    'https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani-Shazeer/204e3073870fae3d05bcbc2f6a8e263d9b72e776',
  ],
};
