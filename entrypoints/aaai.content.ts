import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { addLinkAfterPdfLink } from '@/utils/inline/proceedings';
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
