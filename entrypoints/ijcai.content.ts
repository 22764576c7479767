import { addLinkAfterPdfLink } from '@/utils/inline/after-pdf-link';
import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { ijcaiSource } from '@/utils/sources/ijcai';

export default defineContentScript({
  // WXT's start-up postMessage('*') would tell every page our id.
  noScriptStartedPostMessage: true,
  matches: ijcaiSource.linkPagePatterns,
  main: () =>
    addInlineLinksIfEnabled(ijcaiSource, (labels, now) =>
      addLinkAfterPdfLink(document, ijcaiSource, location.href, labels, now),
    ),
});
