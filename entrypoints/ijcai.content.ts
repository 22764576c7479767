import { addInlineLinksIfEnabled } from '@/utils/inline/labels';
import { addLinkAfterPdfLink } from '@/utils/inline/proceedings';
import { ijcaiSource } from '@/utils/sources/ijcai';

export default defineContentScript({
  matches: ijcaiSource.linkPagePatterns!,
  main: () =>
    addInlineLinksIfEnabled('ijcai', (labels, now) => addLinkAfterPdfLink(document, ijcaiSource, location.href, labels, now)),
});
