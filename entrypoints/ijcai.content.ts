import { addLinkAfterPdfLink } from '@/utils/inline/after-pdf-link';
import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { ijcaiSource } from '@/utils/sources/ijcai';

export default defineContentScript({
  matches: ijcaiSource.linkPagePatterns,
  main: () =>
    addInlineLinksIfEnabled(ijcaiSource, (labels, now) =>
      addLinkAfterPdfLink(document, ijcaiSource, location.href, labels, now),
    ),
});
