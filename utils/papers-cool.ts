import type { Branch, PaperRef } from './sources';

export const PAPERS_COOL_ORIGIN = 'https://papers.cool';
/** papers.cool list pages hold at most this many ids; more are split over several pages. */
export const MAX_IDS_PER_PAGE = 100;

// Ids made only of these characters need no escaping in a path (every arXiv id, most venue ids).
const SAFE_ID = /^[\w.@-]+$/;
// encodeURIComponent throws on half a surrogate pair, which copied text can carry.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function pathSegment(id: string): string {
  return SAFE_ID.test(id) ? id : encodeURIComponent(id.replace(LONE_SURROGATE, '\uFFFD')).replaceAll('%40', '@');
}

/** The papers.cool list pages that show these papers: one per branch, in order of appearance. */
export function paperPageUrls(papers: PaperRef[]): string[] {
  const idsByBranch = new Map<Branch, string[]>();
  for (const paper of papers) {
    let ids = idsByBranch.get(paper.branch);
    if (!ids) idsByBranch.set(paper.branch, (ids = []));
    ids.push(paper.id);
  }
  const urls: string[] = [];
  for (const [branch, ids] of idsByBranch) {
    for (let first = 0; first < ids.length; first += MAX_IDS_PER_PAGE) {
      const page = ids.slice(first, first + MAX_IDS_PER_PAGE);
      // arXiv ids are digits and a dot. Venue ids are checked a page at a time, since nearly every
      // page holds only safe ones.
      const safe = branch === 'arxiv' || SAFE_ID.test(page.join(''));
      const path = safe ? page.join(',') : page.map(pathSegment).join(',');
      urls.push(`${PAPERS_COOL_ORIGIN}/${branch}/${path}`);
    }
  }
  return urls;
}

export function searchUrl(query: string, branch: Branch): string {
  return `${PAPERS_COOL_ORIGIN}/${branch}/search?highlight=1&query=${encodeURIComponent(query)}`;
}
