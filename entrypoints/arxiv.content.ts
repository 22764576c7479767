import { addArxivLinks } from '@/utils/inline/arxiv';
import { addInlineLinksIfEnabled } from '@/utils/inline/labels';
import { arxivSource } from '@/utils/sources/arxiv';

export default defineContentScript({
  matches: arxivSource.linkPagePatterns!,
  main: () => addInlineLinksIfEnabled('arxiv', (labels, now) => addArxivLinks(document, location.href, labels, now)),
});
