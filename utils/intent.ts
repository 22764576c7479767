import { explainRedirect, searchWords } from './redirect';
import { sourceLabel, type Branch, type PaperRef } from './sources';

/** What pressing Enter on some typed or pasted text will do. */
export type InputIntent =
  | { kind: 'open'; urls: string[]; papers: PaperRef[] }
  | { kind: 'search'; urls: string[]; query: string; branch: Branch }
  | { kind: 'empty' };

/** Text typed in the popup or the omnibox, read by the same planner as a right-click on a selection. */
export function interpretInput(text: string, branch: Branch, now: Date = new Date()): InputIntent {
  const plan = explainRedirect({ selectionText: text }, { searchBranch: branch, now });
  if (plan.basis === 'selection') return { kind: 'open', urls: plan.urls, papers: plan.papers };
  if (plan.basis === 'search') return { kind: 'search', urls: plan.urls, query: searchWords(text), branch };
  return { kind: 'empty' };
}

/** The paper of a page or PDF address, if it is one (the popup's current tab, the shortcut). */
export function paperOfAddress(address: string | undefined, now: Date = new Date()) {
  const plan = explainRedirect({ pageUrl: address }, { now });
  return plan.papers.length ? plan : undefined;
}

/** How a paper is named to users: its source and its id without the papers.cool suffix ("OpenReview NGB6YNnO5o"). */
export function describePaper(paper: PaperRef): string {
  return `${sourceLabel(paper.source)} ${paper.id.replace(/@[^@]*$/, '')}`;
}
