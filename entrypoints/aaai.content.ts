import { addInlineLinksIfEnabled } from '@/utils/inline/labels';
import { addLinkAfterPdfLink } from '@/utils/inline/proceedings';
import { aaaiSource } from '@/utils/sources/aaai';

export default defineContentScript({
  matches: aaaiSource.linkPagePatterns!,
  main: () =>
    addInlineLinksIfEnabled('aaai', (labels, now) => addLinkAfterPdfLink(document, aaaiSource, location.href, labels, now)),
});
