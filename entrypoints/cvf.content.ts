import { addLinkAfterPdfLink } from '@/utils/inline/after-pdf-link';
import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { addListingLink } from '@/utils/inline/listing-link';
import { listingOn } from '@/utils/listings';
import { cvfSource } from '@/utils/sources/cvf';

export default defineContentScript({
  // WXT's start-up postMessage('*') would tell every page our id.
  noScriptStartedPostMessage: true,
  matches: cvfSource.linkPagePatterns,
  main: () =>
    addInlineLinksIfEnabled(cvfSource, (labels, now) => {
      addLinkAfterPdfLink(document, cvfSource, location.href, labels, now);
      addListingLink(document, listingOn(cvfSource, location.href, now), labels);
    }),
});
