import { addAclLinks } from '@/utils/inline/acl';
import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { aclSource } from '@/utils/sources/acl';

export default defineContentScript({
  matches: aclSource.linkPagePatterns,
  main: () => addInlineLinksIfEnabled(aclSource, (labels, now) => addAclLinks(document, labels, now)),
});
