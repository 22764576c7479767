import { addLinkAfterPdfLink } from '@/utils/inline/after-pdf-link';
import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { aaaiSource } from '@/utils/sources/aaai';

export default defineContentScript({
  // WXT's start-up postMessage('*') would tell every page our id.
  noScriptStartedPostMessage: true,
  matches: aaaiSource.linkPagePatterns,
  main: () =>
    addInlineLinksIfEnabled(aaaiSource, (labels, now) =>
      addLinkAfterPdfLink(document, aaaiSource, location.href, labels, now),
    ),
});
