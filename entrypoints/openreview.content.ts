import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { syncOpenReviewLinks } from '@/utils/inline/openreview';
import { syncWhileChanging } from '@/utils/inline/watch';
import { openReviewSource } from '@/utils/sources/openreview';

export default defineContentScript({
  // WXT's start-up postMessage('*') would tell every page our id.
  noScriptStartedPostMessage: true,
  matches: openReviewSource.linkPagePatterns,
  main: (ctx) =>
    addInlineLinksIfEnabled(openReviewSource, (labels) =>
      syncWhileChanging(ctx, () => syncOpenReviewLinks(document, location.href, labels, new Date())),
    ),
});
