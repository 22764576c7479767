// utils/menus.ts: the context-menu items, and where Chromium shows them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';

import { matchPatternTest } from '../../utils/match-patterns';
import { ensureContextMenus, registerContextMenus } from '../../utils/menus';
import { citationPages } from '../fixtures/citation-pages';
import { listingExamples, sitesWithExamples } from '../support/site-examples';

// The fake browser has no i18n messages or menus: stand-ins that record calls.
const messages: Record<string, string> = {
  menuSelection: 'Open “%s” in Cool Papers',
  menuLink: 'Open linked paper',
  menuPage: 'Open this paper',
};
interface CreatedItem {
  id: string;
  contexts: string[];
  title: string;
  targetUrlPatterns?: string[];
  documentUrlPatterns?: string[];
}
const menus: CreatedItem[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  menus.length = 0;
  (browser.i18n as { getMessage: unknown }).getMessage = (key: string) => messages[key] ?? '';
  // As in Chromium, calls take effect in the order they are made and answer later (here, a
  // microtask later): two registrations that don't wait for each other interleave.
  (browser as unknown as { contextMenus: unknown }).contextMenus = {
    removeAll: vi.fn(async () => void (menus.length = 0)),
    create: vi.fn((item: CreatedItem) => void menus.push(item)),
    // As in Chromium, updating an item that doesn't exist fails.
    update: vi.fn(async (id: string) => {
      if (!menus.some((item) => item.id === id)) throw new Error(`Cannot find menu item with id ${id}`);
    }),
  };
});

const patternCovers = (pattern: string, address: string) => matchPatternTest(pattern)(new URL(address));

/** The item Chromium shows for a right-click of this kind on (or on a link to) `address`. */
async function itemsShown(address: string): Promise<{ onLink: string[]; onPage: string[] }> {
  await registerContextMenus();
  const shown = (patterns: string[] | undefined) =>
    patterns === undefined || patterns.some((pattern) => patternCovers(pattern, address));
  return {
    onLink: menus
      .filter((item) => item.contexts.includes('link') && shown(item.targetUrlPatterns))
      .map((item) => item.id),
    onPage: menus
      .filter((item) => item.contexts.includes('page') && shown(item.documentUrlPatterns))
      .map((item) => item.id),
  };
}

/**
 * Every site's paper addresses, from the examples at the bottom of its file: whole addresses that
 * name a paper, except papers.cool's own (an item there would open the page itself).
 */
const PAPER_ADDRESSES = sitesWithExamples.flatMap(([source, examples]) =>
  (examples.ids ?? [])
    .filter(({ input, expected }) => /^https?:\/\/(?!papers\.cool\/)\S+$/.test(input) && expected.length > 0)
    .map(({ input }) => [source.name, input]),
);

/** Pages where no item may show: nothing the planner could read an address from. */
const OTHER_ADDRESSES = [
  'https://example.org/reading-group',
  'https://github.com/user/awesome-papers',
  'https://aclanthology.org/people/j/jane-doe/',
  'https://openreview.net/profile?id=~Jane_Doe1',
  'https://www.usenix.org/publications/login',
  'https://ojs.aaai.org/index.php/AIES/article/view/31612',
  'https://doi.org/10.1145/3580305.3599256',
];

describe('menu registration', () => {
  it('creates one item per context, titled in the browser language, once however often it runs', async () => {
    await registerContextMenus();
    await registerContextMenus();
    expect(menus.map(({ id, contexts, title }) => ({ id, contexts, title }))).toEqual([
      { id: 'open-selection', contexts: ['selection'], title: 'Open “%s” in Cool Papers' },
      { id: 'open-link', contexts: ['link'], title: 'Open linked paper' },
      // PDFs in Chromium's viewer report `frame`, not `page` (docs/facts.md, Chromium: the PDF viewer).
      { id: 'open-page', contexts: ['page', 'frame'], title: 'Open this paper' },
    ]);
  });

  it('creates each item once when registrations overlap (install and start-up in one wake-up)', async () => {
    await Promise.all([registerContextMenus(), registerContextMenus(), registerContextMenus()]);
    expect(menus.map((item) => item.id)).toEqual(['open-selection', 'open-link', 'open-page']);
  });
});

describe('a worker that was stopped while it created the items', () => {
  it('creates them again when one is missing, and leaves them alone when all are there', async () => {
    await registerContextMenus();
    menus.splice(1, 2);
    await ensureContextMenus();
    expect(menus.map((item) => item.id)).toEqual(['open-selection', 'open-link', 'open-page']);
    const removeAll = vi.mocked(browser.contextMenus.removeAll);
    removeAll.mockClear();
    await ensureContextMenus();
    expect(removeAll).not.toHaveBeenCalled();
    expect(menus).toHaveLength(3);
  });
});

describe('where the items show', () => {
  it.each(PAPER_ADDRESSES)('%s: the link item on links to %s, and the page item on it', async (_, address) => {
    expect(await itemsShown(address)).toEqual({ onLink: ['open-link'], onPage: ['open-page'] });
  });

  it.each(listingExamples.filter(([, listing]) => listing).map(([address]) => address))(
    'a listing papers.cool has: the link item on links to %s, and the page item on it',
    async (address) => {
      expect(await itemsShown(address)).toEqual({ onLink: ['open-link'], onPage: ['open-page'] });
    },
  );

  it.each(Object.values(citationPages).map((page) => page.url))(
    'a paper page known by its citation metadata: the page item on %s',
    async (address) => {
      // Links to NeurIPS papers also get the link item, whose pattern covers the year listings.
      expect((await itemsShown(address)).onPage).toEqual(['open-page']);
    },
  );

  it.each(OTHER_ADDRESSES)('no item on links to %s or on it', async (address) => {
    expect(await itemsShown(address)).toEqual({ onLink: [], onPage: [] });
  });
});
