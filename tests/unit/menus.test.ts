// utils/menus.ts: the context-menu items, and where Chromium shows them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';

import { listingExamples } from '../../utils/listings';
import { ensureContextMenus, registerContextMenus } from '../../utils/menus';
import type { SourceName } from '../../utils/sources';
import { citationPages } from '../fixtures/citation-pages';

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

/**
 * Whether a match pattern covers an address, as Chrome reads match patterns: `*` as the scheme is
 * http or https, `*.host` is the host and its subdomains, and the path pattern runs over the path
 * and the query.
 */
function patternCovers(pattern: string, address: string): boolean {
  const [, scheme, host, path] = /^(\*|https?):\/\/([^/]*)(\/.*)$/.exec(pattern) ?? [];
  if (path === undefined) throw new Error(`not a match pattern: ${pattern}`);
  const url = new URL(address);
  const schemeOk =
    scheme === '*' ? url.protocol === 'http:' || url.protocol === 'https:' : url.protocol === `${scheme}:`;
  const hostOk =
    host === '*' ||
    url.hostname === host.replace(/^\*\./, '') ||
    (host.startsWith('*.') && url.hostname.endsWith(host.slice(1)));
  const glob = path
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return schemeOk && hostOk && new RegExp(`^${glob}$`).test(url.pathname + url.search);
}

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

/** Real paper addresses of each source (from its examples table in utils/sources/<source>.ts). */
const PAPER_ADDRESSES: Record<SourceName, string[]> = {
  arxiv: [
    'https://arxiv.org/abs/2410.12345v1',
    'https://arxiv.org/pdf/2410.12345v2.pdf',
    'https://huggingface.co/papers/2406.04692',
    'https://doi.org/10.48550/arXiv.2410.12345',
  ],
  openreview: ['https://openreview.net/forum?id=NGB6YNnO5o', 'https://openreview.net/pdf?id=LcF-EEt8cCC'],
  acl: [
    'https://aclanthology.org/2024.acl-long.1/',
    'https://aclanthology.org/P19-1001/',
    'http://www.aclweb.org/anthology/D14-1162',
    'https://www.aclweb.org//anthology/D14-1162',
    'https://doi.org/10.18653/v1/N19-1423',
    'http://anthology.aclweb.org/P/P15/P15-1067.pdf',
  ],
  ijcai: ['https://www.ijcai.org/proceedings/2026/267'],
  pmlr: ['https://proceedings.mlr.press/v202/smith23a.html'],
  aaai: [
    'https://ojs.aaai.org/index.php/AAAI/article/view/36963',
    'https://ojs.aaai.org//index.php/AAAI/article/view/6590',
    'https://doi.org/10.1609/aaai.v34i05.6321',
  ],
  cvf: [
    'https://openaccess.thecvf.com/content/ICCV2023/papers/Lee_Some_Title_ICCV_2023_paper.pdf',
    'https://openaccess.thecvf.com//content/ICCV2023/html/Kirillov_Segment_Anything_ICCV_2023_paper.html',
    'http://openaccess.thecvf.com/content_cvpr_2018/papers/Hu_Squeeze-and-Excitation_Networks_CVPR_2018_paper.pdf',
  ],
  usenix: ['https://www.usenix.org/conference/usenixsecurity24/presentation/xu-haichuan'],
};

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
  it.each(
    Object.entries(PAPER_ADDRESSES).flatMap(([source, addresses]) => addresses.map((address) => [source, address])),
  )('%s: the link item on links to %s, and the page item on it', async (_, address) => {
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
