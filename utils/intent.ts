import { planRedirect } from './plan-redirect';
import { type Branch, describePaper } from './sources';

/** What pressing Enter on some typed or pasted text will do. */
export type InputIntent =
  /** Papers to open; `names` says what each address opens, as users call it ("arXiv 2410.12345", "hep-th/9901001"). */
  | { kind: 'open'; urls: string[]; names: string[] }
  /** Words, or old-style arXiv ids (papers.cool has no page form for them), to search for. */
  | { kind: 'search'; urls: string[]; query: string; branch: Branch }
  | { kind: 'empty' };

/** Text typed in the popup or the omnibox, read by the same planner as a right-click on a selection. */
export function interpretInput(text: string, branch: Branch, now: Date = new Date()): InputIntent {
  const { urls, papers, searches } = planRedirect({ selectionText: text }, { searchBranch: branch, now });
  if (papers.length) return { kind: 'open', urls, names: [...papers.map(describePaper), ...searches] };
  if (searches.length) return { kind: 'search', urls, query: searches.join(', '), branch };
  return { kind: 'empty' };
}
