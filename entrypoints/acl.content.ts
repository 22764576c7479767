import { addAclLinks } from '@/utils/inline/acl';
import { addInlineLinksIfEnabled } from '@/utils/inline/labels';
import { aclSource } from '@/utils/sources/acl';

export default defineContentScript({
  matches: aclSource.linkPagePatterns!,
  main: () => addInlineLinksIfEnabled('acl', (labels, now) => addAclLinks(document, labels, now)),
});
