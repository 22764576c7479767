import { isWebAddress } from './addresses';
import { findPapers } from './find-papers';
import { paperSources, type PaperRef } from './sources';

/** What is read of a page: enough for any real page, bounded so a huge one can't freeze the popup. */
export const PAGE_READ_LIMITS = { links: 20_000, textCharacters: 2 * 1024 * 1024 };

export interface PageRead {
  links: string[];
  text: string;
  /** Whether a limit cut what was read. */
  capped: boolean;
}

/**
 * Runs in the page (through scripting.executeScript), so it must not use anything from outside its
 * own body. textContent is used rather than innerText: it needs no layout, which on a 5 MiB page
 * would take longer than the popup can wait.
 */
export function readPageForPapers(limits: typeof PAGE_READ_LIMITS): PageRead {
  const anchors = document.links;
  const links: string[] = [];
  for (let i = 0; i < anchors.length && i < limits.links; i++) links.push(anchors[i].href);
  const fullText = document.body?.textContent ?? '';
  return {
    links,
    text: fullText.slice(0, limits.textCharacters),
    capped: anchors.length > limits.links || fullText.length > limits.textCharacters,
  };
}

export interface SourceGroup {
  label: string;
  papers: PaperRef[];
}

export interface PaperList {
  papers: PaperRef[];
  groups: SourceGroup[];
  capped: boolean;
}

/** The papers a page links to or mentions, de-duplicated, grouped by source in the usual order. */
export function papersOnPage(read: PageRead, now: Date = new Date()): PaperList {
  // Links first: a paper both linked and named in the text keeps the link's place.
  const { papers } = findPapers(`${read.links.join('\n')}\n${read.text}`, now);
  const groups = paperSources
    .map((source) => ({ label: source.label, papers: papers.filter((paper) => paper.source === source.name) }))
    .filter((group) => group.papers.length > 0);
  return { papers, groups, capped: read.capped };
}

/** Addresses whose pages Chromium never lets extensions script: say so instead of trying. */
export function isScriptablePage(address: string | undefined): boolean {
  if (!isWebAddress(address)) return false;
  const { hostname } = new URL(address);
  return hostname !== 'chromewebstore.google.com' && !(hostname === 'chrome.google.com' && address.includes('/webstore'));
}
