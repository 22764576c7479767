import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { keepOpenReviewLinks, OPENREVIEW_WATCHED_ATTRIBUTES } from '@/utils/inline/openreview';
import { syncWhileChanging } from '@/utils/inline/watch';
import { openReviewSource } from '@/utils/sources/openreview';

export default defineContentScript({
  // WXT's start-up postMessage('*') would tell every page our id.
  noScriptStartedPostMessage: true,
  matches: openReviewSource.linkPagePatterns,
  main: (ctx) =>
    addInlineLinksIfEnabled(openReviewSource, (labels) => {
      const keep = keepOpenReviewLinks(document, labels);
      syncWhileChanging(ctx, (changes) => keep(location.href, new Date(), changes), OPENREVIEW_WATCHED_ATTRIBUTES);
    }),
});
