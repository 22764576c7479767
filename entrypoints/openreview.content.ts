import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { syncOpenReviewLinks } from '@/utils/inline/openreview';
import { syncWhileChanging } from '@/utils/inline/watch';
import { openReviewSource } from '@/utils/sources/openreview';

export default defineContentScript({
  matches: openReviewSource.linkPagePatterns,
  main: (ctx) =>
    addInlineLinksIfEnabled(openReviewSource, (labels) =>
      syncWhileChanging(ctx, () => syncOpenReviewLinks(document, location.href, labels, new Date())),
    ),
});
