import { findPapers } from './find-papers';
import { SeenIds } from './seen-ids';
import { type PaperRef, paperSources, type SourceName } from './sources';

/** What is read of a page: enough for any real page, bounded so a huge one can't freeze the popup. */
export const PAGE_READ_LIMITS = {
  links: 20_000,
  linkCharacters: 2 * 1024 * 1024,
  // Longer addresses are data: URLs and tracking blobs, not paper links; they are skipped.
  addressCharacters: 4096,
  textCharacters: 2 * 1024 * 1024,
};

/** How long the popup waits for the page to answer: a page whose main thread is busy never does. */
export const PAGE_READ_TIMEOUT_MS = 5000;

export interface PageRead {
  links: string[];
  text: string;
  /** Whether a limit cut what was read. */
  capped: boolean;
}

/**
 * Runs in the page (through scripting.executeScript), so it must not use anything from outside its
 * own body. The text is read from the DOM rather than innerText, which needs a layout that on a
 * 5 MiB page takes longer than the popup can wait; unlike textContent, it keeps a line break at
 * the edges of block elements, so `<li>2410.12345</li><li>2409.01234</li>` stays two ids on
 * minified pages, while inline elements stay joined as they are drawn (`arXiv:<a>2410.12345</a>`).
 */
export function readPageForPapers(limits: typeof PAGE_READ_LIMITS): PageRead {
  const inline =
    /^(a|abbr|b|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|tt|u|var|wbr)$/;
  // Never drawn as text. SVG and MathML text is kept: it is drawn.
  const hidden = /^(script|style|noscript|template)$/;
  const anchors = document.links;
  const links: string[] = [];
  let linkCharacters = 0;
  let capped = false;
  for (let i = 0; i < anchors.length; i++) {
    const address = anchors[i].href;
    if (address.length > limits.addressCharacters) continue;
    if (links.length === limits.links || linkCharacters + address.length > limits.linkCharacters) {
      capped = true;
      break;
    }
    links.push(address);
    linkCharacters += address.length;
  }

  const root = document.body ?? document.documentElement;
  let text = '';
  // One line break, however many elements end or start there: the limit counts characters.
  let atBreak = true;
  const boundary = () => {
    if (!atBreak) text += '\n';
    atBreak = true;
  };
  let node: Node | null = root;
  // Depth first by hand, so that leaving an element (on the way back up) can mark its end.
  while (node) {
    let next: Node | null = null;
    if (node.nodeType === 3 /* text */) {
      text += (node as Text).data;
      atBreak = false;
    } else if (node.nodeType === 1 /* element */ && !hidden.test((node as Element).localName)) {
      if (!inline.test((node as Element).localName)) boundary();
      next = node.firstChild;
    }
    if (text.length > limits.textCharacters) {
      capped = true;
      break;
    }
    while (!next && node && node !== root) {
      next = node.nextSibling;
      if (!next) {
        node = node.parentNode;
        if (node && !inline.test((node as Element).localName)) boundary();
      }
    }
    node = next;
  }
  return { links, text: text.slice(0, limits.textCharacters), capped };
}

export interface SourceGroup {
  label: string;
  papers: PaperRef[];
}

/** What the popup shows of a page: how many papers, and the papers by source. */
export interface PaperList {
  count: number;
  groups: SourceGroup[];
  capped: boolean;
}

/** Characters read at a time: about 750 ids, a millisecond of reading. */
const PIECE_CHARACTERS = 8 * 1024;
/** How long the reading keeps the popup's thread before it lets the popup draw and take input. */
const SLICE_MS = 10;

/**
 * Lets the event loop run the tasks that waited. Not scheduler.yield(): its continuation goes before
 * other waiting tasks, so a page's timers waited for the whole reading (measured).
 */
const nextTask = () => new Promise((resume) => setTimeout(resume));

/**
 * The papers a page links to or mentions, de-duplicated, grouped by source in the usual order. Read a
 * piece at a time, pausing between slices, because 110 000 ids read in one go held the popup's thread for
 * 165-175 ms (docs/facts.md, Chromium: the toolbar popup). Pieces end after a line break, which no mention
 * spans, so they find what the whole text does.
 */
export async function papersOnPage(
  read: PageRead,
  now: Date = new Date(),
  pause: () => Promise<unknown> = nextTask,
): Promise<PaperList> {
  // Links first: a paper both linked and named in the text keeps the link's place.
  const text = `${read.links.join('\n')}\n${read.text}`;
  const seen = new SeenIds();
  const bySource: Partial<Record<SourceName, PaperRef[]>> = {};
  let count = 0;
  let sliceStart = performance.now();
  for (let start = 0; start < text.length;) {
    const lineEnd = text.indexOf('\n', start + PIECE_CHARACTERS);
    const end = lineEnd < 0 ? text.length : lineEnd + 1;
    for (const paper of findPapers(text.slice(start, end), now, seen).papers) {
      (bySource[paper.source] ??= []).push(paper);
      count++;
    }
    start = end;
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
  }
  const groups = paperSources
    .filter((source) => bySource[source.name])
    .map((source) => ({ label: source.label, papers: bySource[source.name]! }));
  return { count, groups, capped: read.capped };
}
