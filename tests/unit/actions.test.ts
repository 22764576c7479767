import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';

import {
  omniboxSuggestion,
  openCurrentTabPaper,
  openForPopup,
  openFromContextMenu,
  openFromOmnibox,
} from '../../utils/actions';
import { MAX_TABS_PER_ACTION } from '../../utils/open-tabs';
import { saveSettings } from '../../utils/settings';
import { METADATA_READ_TIMEOUT_MS } from '../../utils/tab-plan';

// The fake browser has no i18n messages or notifications: stand-ins that record calls.
const messages: Record<string, string> = {
  noticeTitle: 'Cool Papers: nothing to open',
  noticeNoSelection: 'no id in the selection',
  noticeNoTabPaper: 'no paper in this tab',
  noticeTitleTooMany: 'too many',
  noticeTooMany: 'opened $1 of $2',
  omniboxOpen: 'Open on Cool Papers: $1',
  omniboxSearch: 'Search Cool Papers for: $1',
  omniboxEmpty: 'Type ids',
};
const notifications: { title: string; message: string }[] = [];

afterEach(() => vi.restoreAllMocks());

beforeEach(async () => {
  fakeBrowser.reset();
  notifications.length = 0;
  (browser.i18n as { getMessage: unknown }).getMessage = (key: string, subs: string[] = []) =>
    (messages[key] ?? '').replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
  (browser as unknown as { notifications: unknown }).notifications = {
    create: vi.fn(async (options: { title: string; message: string }) => {
      notifications.push({ title: options.title, message: options.message });
      return 'id';
    }),
  };
  // Without a gesture's activeTab grant, Chromium refuses to run a script in the page.
  (browser as unknown as { scripting: unknown }).scripting = {
    executeScript: vi.fn(async () => {
      throw new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      );
    }),
  };
  // The fake browser starts with one blank tab: make it the page the user is on.
  const [first] = await browser.tabs.query({});
  await browser.tabs.update(first.id, { url: 'https://example.org/reading-group', active: true });
});

const tabs = async () => (await browser.tabs.query({})).sort((a, b) => a.index - b.index);
const currentTab = async () => (await browser.tabs.query({ url: 'https://example.org/reading-group' }))[0];

describe('context-menu clicks', () => {
  it('opens each planned page in a new tab right after the current one, switching to the first', async () => {
    const tab = await currentTab();
    const create = vi.spyOn(browser.tabs, 'create');
    await openFromContextMenu(
      { menuItemId: 'open-selection', selectionText: '2410.12345 https://openreview.net/forum?id=LcF-EEt8cCC' },
      tab,
    );
    expect((await tabs()).map((t) => t.url)).toEqual([
      'https://example.org/reading-group',
      'https://papers.cool/arxiv/2410.12345',
      'https://papers.cool/venue/LcF-EEt8cCC@OpenReview',
    ]);
    // The fake browser ignores `active` and `openerTabId`: check what was asked of it.
    expect(create.mock.calls.map(([props]) => props)).toEqual([
      {
        url: 'https://papers.cool/arxiv/2410.12345',
        active: true,
        windowId: tab.windowId,
        index: tab.index + 1,
        openerTabId: tab.id,
      },
      {
        url: 'https://papers.cool/venue/LcF-EEt8cCC@OpenReview',
        active: false,
        windowId: tab.windowId,
        index: tab.index + 2,
        openerTabId: tab.id,
      },
    ]);
    expect(notifications).toEqual([]);
  });

  it('reuses the current tab when the options say so', async () => {
    await saveSettings({ openIn: 'current-tab' });
    await openFromContextMenu({ menuItemId: 'open-selection', selectionText: '2410.12345' }, await currentTab());
    expect((await tabs()).map((t) => t.url)).toEqual(['https://papers.cool/arxiv/2410.12345']);
  });

  it('says what was tried when there is nothing to open, unless notifications are off', async () => {
    await openFromContextMenu({ menuItemId: 'open-selection', selectionText: '?!' }, await currentTab());
    expect(notifications).toEqual([{ title: 'Cool Papers: nothing to open', message: 'no id in the selection' }]);
    await saveSettings({ notifications: false });
    await openFromContextMenu({ menuItemId: 'open-selection', selectionText: '?!' }, await currentTab());
    expect(notifications).toHaveLength(1);
    expect(await tabs()).toHaveLength(1);
  });

  it('opens at most MAX_TABS_PER_ACTION pages and says how many were held back', async () => {
    const ids = Array.from({ length: 2500 }, (_, i) => `2401.${String(i + 1).padStart(5, '0')}`);
    await openFromContextMenu({ menuItemId: 'open-selection', selectionText: ids.join(' ') }, await currentTab());
    expect(await tabs()).toHaveLength(1 + MAX_TABS_PER_ACTION);
    expect(notifications).toEqual([{ title: 'too many', message: `opened ${MAX_TABS_PER_ACTION} of 25` }]);
  });

  it("opens the PDF's own paper from the page item, even with text selected in it", async () => {
    await openFromContextMenu(
      {
        menuItemId: 'open-page',
        selectionText: '2301.00001',
        pageUrl: 'https://arxiv.org/pdf/2410.12345',
        frameUrl: 'https://arxiv.org/pdf/2410.12345',
      },
      await currentTab(),
    );
    expect((await tabs()).map((t) => t.url)).toEqual([
      'https://example.org/reading-group',
      'https://papers.cool/arxiv/2410.12345',
    ]);
  });
});

describe('opening', () => {
  it("opens the popup's addresses next to the tab it was opened on", async () => {
    const tab = await currentTab();
    // The fake browser keeps every tab inactive; the popup's tab is the active one.
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ ...tab, active: true } as never);
    const create = vi.spyOn(browser.tabs, 'create');
    await openForPopup({
      type: 'open-papers-cool',
      urls: ['https://papers.cool/arxiv/2410.12345', 'https://papers.cool/venue/LcF-EEt8cCC@OpenReview'],
      tabId: tab.id,
    });
    expect((await tabs()).map((t) => t.url)).toEqual([
      'https://example.org/reading-group',
      'https://papers.cool/arxiv/2410.12345',
      'https://papers.cool/venue/LcF-EEt8cCC@OpenReview',
    ]);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ index: tab.index + 1, openerTabId: tab.id }));
  });

  it('opens nothing but papers.cool addresses, whoever asks', async () => {
    await openForPopup({
      type: 'open-papers-cool',
      urls: ['https://evil.example/', 'javascript:alert(1)', 'http://papers.cool/arxiv/2410.12345'],
    });
    expect(await tabs()).toHaveLength(1);
  });

  it('puts new tabs in the group of the tab the user acted in', async () => {
    const tab = { ...(await currentTab()), groupId: 4 };
    const group = vi.fn(async () => 4);
    (browser.tabs as unknown as { group: unknown }).group = group;
    await openFromContextMenu(
      { menuItemId: 'open-selection', selectionText: '2410.12345 https://openreview.net/forum?id=LcF-EEt8cCC' },
      tab,
    );
    const opened = (await tabs()).slice(1).map((t) => t.id);
    expect(group).toHaveBeenCalledWith({ groupId: 4, tabIds: opened });
    group.mockClear();
    await openFromContextMenu({ menuItemId: 'open-selection', selectionText: '2410.12345' }, { ...tab, groupId: -1 });
    expect(group).not.toHaveBeenCalled();
  });

  it('opens a new tab when the current tab to reuse is gone, and the other addresses still open when one fails', async () => {
    await saveSettings({ openIn: 'current-tab' });
    vi.spyOn(browser.tabs, 'update').mockRejectedValue(new Error('No tab with id: 1.'));
    const create = browser.tabs.create.bind(browser.tabs);
    vi.spyOn(browser.tabs, 'create').mockImplementation(async (props) => {
      if (props.url?.includes('/arxiv/')) throw new Error('Tabs cannot be edited right now.');
      return create(props);
    });
    await openFromContextMenu(
      {
        menuItemId: 'open-selection',
        selectionText: '2410.12345 https://openreview.net/forum?id=LcF-EEt8cCC 2024.acl-long.1',
      },
      await currentTab(),
    );
    expect((await tabs()).map((t) => t.url)).toEqual([
      'https://example.org/reading-group',
      'https://papers.cool/venue/LcF-EEt8cCC@OpenReview,2024.acl-long.1@ACL',
    ]);
  });
});

describe('pages known only by their citation metadata', () => {
  const NEURIPS_2017 =
    'https://proceedings.neurips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html';

  /** The page's answer to the injected reader; `never` for a page whose main thread doesn't come back. */
  function pageAnswers(result: unknown) {
    const executeScript = vi.fn(() =>
      result === 'never' ? new Promise(() => undefined) : Promise.resolve([{ result }]),
    );
    (browser as unknown as { scripting: unknown }).scripting = { executeScript };
    return executeScript;
  }

  it('opens a title search from the page item on a proceedings page', async () => {
    const read = pageAnswers({
      title: 'Attention is All you Need',
      journalTitle: 'Advances in Neural Information Processing Systems',
    });
    const tab = await currentTab();
    await openFromContextMenu({ menuItemId: 'open-page', pageUrl: NEURIPS_2017 }, tab);
    expect(read).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: tab.id } }));
    expect((await tabs()).at(-1)!.url).toBe(
      'https://papers.cool/venue/search?highlight=1&query=Attention%20is%20All%20you%20Need',
    );
  });

  it('opens the paper the metadata names, from the shortcut', async () => {
    pageAnswers({ doi: '10.48550/arXiv.1706.03762', title: 'Attention Is All You Need' });
    await openCurrentTabPaper(await currentTab());
    expect((await tabs()).at(-1)!.url).toBe('https://papers.cool/arxiv/1706.03762');
  });

  it('never reads the page for the selection or link items', async () => {
    const read = pageAnswers({ title: 'Attention' });
    await openFromContextMenu(
      { menuItemId: 'open-link', linkUrl: 'https://example.org/x', pageUrl: NEURIPS_2017 },
      await currentTab(),
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('says there is nothing to open when the page has no metadata, or never answers', async () => {
    pageAnswers({});
    await openFromContextMenu({ menuItemId: 'open-page', pageUrl: NEURIPS_2017 }, await currentTab());
    expect(notifications).toHaveLength(1);
    vi.useFakeTimers();
    try {
      pageAnswers('never');
      const opening = openCurrentTabPaper(await currentTab());
      await vi.advanceTimersByTimeAsync(METADATA_READ_TIMEOUT_MS);
      await opening;
    } finally {
      vi.useRealTimers();
    }
    expect(notifications).toHaveLength(2);
    expect(await tabs()).toHaveLength(1);
  });
});

describe('keyboard shortcut', () => {
  it("opens the current tab's paper", async () => {
    const [tab] = await browser.tabs.query({});
    await browser.tabs.update(tab.id, { url: 'https://arxiv.org/pdf/2410.12345v2' });
    await openCurrentTabPaper(await browser.tabs.get(tab.id!));
    expect((await tabs()).map((t) => t.url)).toEqual([
      'https://arxiv.org/pdf/2410.12345v2',
      'https://papers.cool/arxiv/2410.12345',
    ]);
  });

  it('says when the page has no paper, unless notifications are off', async () => {
    await openCurrentTabPaper(await currentTab());
    expect(notifications).toEqual([{ title: 'Cool Papers: nothing to open', message: 'no paper in this tab' }]);
    expect(await tabs()).toHaveLength(1);
    await saveSettings({ notifications: false });
    await openCurrentTabPaper(await currentTab());
    expect(notifications).toHaveLength(1);
  });
});

describe('omnibox', () => {
  it.each([
    ['2410.12345', 'Open on Cool Papers: arXiv 2410.12345'],
    ['hep-th/9901001', 'Search Cool Papers for: hep-th/9901001'],
    ['diffusion <distillation>', 'Search Cool Papers for: diffusion distillation'],
    ['a < b & c', 'Search Cool Papers for: a b c'],
    ['', 'Type ids'],
  ])('describes %j', (text, description) => {
    expect(omniboxSuggestion(text, 'arxiv')).toBe(description);
  });

  it('opens ids in a new foreground tab and searches words in the current tab', async () => {
    const tab = await currentTab();
    // The fake browser doesn't know which window is current.
    const query = browser.tabs.query.bind(browser.tabs);
    vi.spyOn(browser.tabs, 'query').mockImplementation(async (info) =>
      info.currentWindow ? [await browser.tabs.get(tab.id!)] : query(info),
    );
    await openFromOmnibox('2410.12345', 'newForegroundTab');
    expect((await tabs()).map((t) => t.url)).toEqual([
      'https://example.org/reading-group',
      'https://papers.cool/arxiv/2410.12345',
    ]);
    await openFromOmnibox('graph neural networks', 'currentTab');
    expect((await tabs()).map((t) => t.url)).toContain(
      'https://papers.cool/arxiv/search?highlight=1&query=graph%20neural%20networks',
    );
    expect(await tabs()).toHaveLength(2);
  });

  it('searches the branch chosen in the options', async () => {
    await saveSettings({ searchBranch: 'venue' });
    const create = vi.spyOn(browser.tabs, 'create');
    await openFromOmnibox('graph networks', 'newBackgroundTab');
    expect(create.mock.calls[0][0]).toMatchObject({ active: false });
    expect((await tabs()).at(-1)!.url).toBe('https://papers.cool/venue/search?highlight=1&query=graph%20networks');
  });
});
