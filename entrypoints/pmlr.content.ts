import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { addListingLink } from '@/utils/inline/listing-link';
import { addPmlrLink } from '@/utils/inline/pmlr';
import { listingOn } from '@/utils/listings';
import { pmlrSource } from '@/utils/sources/pmlr';

export default defineContentScript({
  // WXT's start-up postMessage('*') would tell every page our id.
  noScriptStartedPostMessage: true,
  matches: pmlrSource.linkPagePatterns,
  main: () =>
    addInlineLinksIfEnabled(pmlrSource, (labels, now) => {
      addPmlrLink(document, labels, now);
      addListingLink(document, listingOn(pmlrSource, location.href, now), labels);
    }),
});
