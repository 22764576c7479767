import { addInlineLinksIfEnabled } from '@/utils/inline/labels';
import { addLinkAfterPdfLink } from '@/utils/inline/proceedings';
import { cvfSource } from '@/utils/sources/cvf';

export default defineContentScript({
  matches: cvfSource.linkPagePatterns!,
  main: () =>
    addInlineLinksIfEnabled('cvf', (labels, now) => addLinkAfterPdfLink(document, cvfSource, location.href, labels, now)),
});
