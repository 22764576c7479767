/**
 * The redirect logic of the first public version (v0.2.0), rebuilt from its description in
 * docs/baseline-v020.md so the benchmark can measure it side by side with planRedirect. Not shipped.
 */
const BASELINE_PATTERNS: [RegExp, (id: string) => string][] = [
  [/\d{4}\.\d{4,5}/g, (id) => `https://papers.cool/arxiv/${id}`],
  [/(?<=openreview\.net\/.*?id=)[a-zA-Z0-9]+/g, (id) => `https://papers.cool/venue/${id}@OpenReview`],
  [
    /ijcai\.org\/proceedings\/\d+\/\d+/g,
    (match) => {
      const [, , year, number] = match.split('/');
      return `https://papers.cool/venue/${Number(number)}@${year}@IJCAI`;
    },
  ],
  [/(?<=aclanthology\.org\/)[a-zA-Z0-9.-]+?(?=\/|\.pdf)/g, (id) => `https://papers.cool/venue/${id}@ACL`],
  [/(?<=proceedings\.mlr\.press\/v\d+\/)[\w-]+(?=\.html)/g, (id) => `https://papers.cool/venue/${id}@PMLR`],
];

export function baselineRedirect(click: {
  selectionText?: string;
  linkUrl?: string;
  pageUrl?: string;
  frameUrl?: string;
}): string[] {
  for (const input of [click.selectionText, click.linkUrl, click.pageUrl, click.frameUrl]) {
    if (!input) continue;
    for (const [pattern, toUrl] of BASELINE_PATTERNS) {
      const matches = input.match(pattern);
      if (matches) return [toUrl(matches.join(','))];
    }
  }
  // Its search fallback: words joined without URL-encoding (and a throw with no selection).
  const words = click.selectionText!.match(/[a-zA-Z0-9]{2,}/g) ?? [];
  return [`https://papers.cool/arxiv/search?highlight=1&query=${words.join(' ')}`];
}
