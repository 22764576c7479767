import { addLinkAfterPdfLink } from '@/utils/inline/after-pdf-link';
import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { aaaiSource } from '@/utils/sources/aaai';

export default defineContentScript({
  matches: aaaiSource.linkPagePatterns,
  main: () =>
    addInlineLinksIfEnabled(aaaiSource, (labels, now) =>
      addLinkAfterPdfLink(document, aaaiSource, location.href, labels, now),
    ),
});
