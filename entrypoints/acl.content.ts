import { addAclLinks } from '@/utils/inline/acl';
import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { addListingLink } from '@/utils/inline/listing-link';
import { listingOn } from '@/utils/listings';
import { aclSource } from '@/utils/sources/acl';

export default defineContentScript({
  // WXT's start-up postMessage('*') would tell every page our id.
  noScriptStartedPostMessage: true,
  matches: aclSource.linkPagePatterns,
  main: () =>
    addInlineLinksIfEnabled(aclSource, (labels, now) => {
      addAclLinks(document, labels, now);
      addListingLink(document, listingOn(aclSource, location.href, now), labels);
    }),
});
