import { addArxivLinks } from '@/utils/inline/arxiv';
import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { arxivSource } from '@/utils/sources/arxiv';

export default defineContentScript({
  matches: arxivSource.linkPagePatterns,
  main: () =>
    addInlineLinksIfEnabled(arxivSource, (labels, now) => addArxivLinks(document, location.href, labels, now)),
});
