import { addArxivLinks } from '@/utils/inline/arxiv';
import { addInlineLinksIfEnabled } from '@/utils/inline/if-enabled';
import { arxivSource } from '@/utils/sources/arxiv';

export default defineContentScript({
  // WXT's start-up postMessage('*') would tell every page our id.
  noScriptStartedPostMessage: true,
  matches: arxivSource.linkPagePatterns,
  main: () =>
    addInlineLinksIfEnabled(arxivSource, (labels, now) => addArxivLinks(document, location.href, labels, now)),
});
