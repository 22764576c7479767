import type { Branch, PaperRef } from './sources';

export const PAPERS_COOL_ORIGIN = 'https://papers.cool';
/** papers.cool list pages hold at most this many ids; more are split over several pages. */
export const MAX_IDS_PER_PAGE = 100;

// Ids made only of these characters need no escaping in a path (every arXiv id, most venue ids).
const SAFE_ID = /^[\w.@-]+$/;

/** The papers.cool list pages that show these papers: one per branch, in order of appearance. */
export function paperPageUrls(papers: PaperRef[]): string[] {
  const idsByBranch = new Map<Branch, string[]>();
  for (const paper of papers) {
    const ids = idsByBranch.get(paper.branch) ?? [];
    ids.push(SAFE_ID.test(paper.id) ? paper.id : encodeURIComponent(paper.id).replaceAll('%40', '@'));
    idsByBranch.set(paper.branch, ids);
  }
  const urls: string[] = [];
  for (const [branch, ids] of idsByBranch) {
    for (let first = 0; first < ids.length; first += MAX_IDS_PER_PAGE) {
      urls.push(`${PAPERS_COOL_ORIGIN}/${branch}/${ids.slice(first, first + MAX_IDS_PER_PAGE).join(',')}`);
    }
  }
  return urls;
}

export function searchUrl(query: string, branch: Branch): string {
  return `${PAPERS_COOL_ORIGIN}/${branch}/search?highlight=1&query=${encodeURIComponent(query)}`;
}

