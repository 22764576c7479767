import { addInlineLinksIfEnabled } from '@/utils/inline/labels';
import { addPmlrLink } from '@/utils/inline/proceedings';
import { pmlrSource } from '@/utils/sources/pmlr';

export default defineContentScript({
  matches: pmlrSource.linkPagePatterns!,
  main: () => addInlineLinksIfEnabled('pmlr', (labels, now) => addPmlrLink(document, labels, now)),
});
