import { addArxivLinks } from '@/utils/inline/arxiv';
import { inlineLabels } from '@/utils/inline/labels';
import { inlineLinksEnabled } from '@/utils/inline/enabled';
import { arxivSource } from '@/utils/sources/arxiv';

export default defineContentScript({
  matches: arxivSource.linkPagePatterns!,
  async main() {
    if (!(await inlineLinksEnabled('arxiv'))) return;
    addArxivLinks(document, location.href, inlineLabels(), new Date());
  },
});
