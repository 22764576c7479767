import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { addPmlrLink } from '@/utils/inline/proceedings';
import { pmlrSource } from '@/utils/sources/pmlr';

export default defineContentScript({
  matches: pmlrSource.linkPagePatterns,
  main: () => addInlineLinksIfEnabled(pmlrSource, (labels, now) => addPmlrLink(document, labels, now)),
});
