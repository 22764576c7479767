// Who may ask the worker to open tabs, and where: utils/extension-sender.ts, utils/open-request.ts
// (requestedTab, through openForPopup) and the papers.cool check of utils/open-tabs.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';

import { openForPopup } from '../../utils/actions';
import { isOwnExtensionPage } from '../../utils/extension-sender';
import { isPapersCoolUrl } from '../../utils/open-tabs';
import { saveSettings } from '../../utils/settings';

afterEach(() => vi.restoreAllMocks());

const ROOT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const ARXIV_TAB = { id: 7, index: 0, windowId: 1, active: true, highlighted: true, pinned: false, incognito: false };

describe('isOwnExtensionPage', () => {
  it.each([
    ['the toolbar popup', { url: `${ROOT}popup.html` }, ROOT, true],
    ['another of our pages, outside any tab', { url: `${ROOT}options.html#general` }, ROOT, true],
    ['a Firefox extension page', { url: 'moz-extension://1b2c/popup.html' }, 'moz-extension://1b2c/', true],
  ])('accepts %s', (_, sender, root, expected) => {
    expect(isOwnExtensionPage(sender, root)).toBe(expected);
  });

  it.each([
    ['a content script on arXiv', { tab: ARXIV_TAB, url: 'https://arxiv.org/abs/2410.12345' }],
    ['a content script in a frame', { tab: ARXIV_TAB, url: 'https://evil.example/frame.html' }],
    ['a content script in an about:blank frame', { tab: ARXIV_TAB, url: 'about:blank' }],
    ['our page shown in a tab, as a content script is', { tab: ARXIV_TAB, url: `${ROOT}popup.html` }],
    ["another extension's page", { url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/popup.html' }],
    ['a host that only starts like ours', { url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnopx/popup.html' }],
    ['a web page at a host named like our id', { url: 'https://abcdefghijklmnopabcdefghijklmnop/popup.html' }],
    ['a sender without an address', {}],
    ['an address that does not parse', { url: 'chrome-extension://' }],
  ])('refuses %s', (_, sender) => {
    expect(isOwnExtensionPage(sender, ROOT)).toBe(false);
  });

  it('refuses everyone when our own root is not an address', () => {
    expect(isOwnExtensionPage({ url: `${ROOT}popup.html` }, '')).toBe(false);
  });
});

describe('isPapersCoolUrl', () => {
  it.each([
    'https://papers.cool/arxiv/2410.12345',
    'https://papers.cool/venue/LcF-EEt8cCC@OpenReview',
    // The default port is no port: the URL parser drops it.
    'https://papers.cool:443/arxiv/2410.12345',
  ])('accepts %s', (url) => {
    expect(isPapersCoolUrl(url)).toBe(true);
  });

  it.each([
    'https://user:pw@papers.cool/arxiv/2410.12345',
    'https://user@papers.cool/arxiv/2410.12345',
    'https://:pw@papers.cool/arxiv/2410.12345',
    'https://papers.cool@evil.example/arxiv/2410.12345',
    'https://papers.cool:8443/arxiv/2410.12345',
    'https://papers.cool:80/arxiv/2410.12345',
    'http://papers.cool/arxiv/2410.12345',
    'https://papers.cool.evil.example/arxiv/2410.12345',
    'javascript:alert(1)',
    'not an address',
  ])('refuses %s', (url) => {
    expect(isPapersCoolUrl(url)).toBe(false);
  });
});

describe("the popup's request names its tab", () => {
  const PAPER = 'https://papers.cool/arxiv/2410.12345';
  let readingTab: Browser.tabs.Tab;
  let bankTab: Browser.tabs.Tab;

  beforeEach(async () => {
    fakeBrowser.reset();
    const [first] = await browser.tabs.query({});
    readingTab = (await browser.tabs.update(first.id, { url: 'https://example.org/reading-group' }))!;
    bankTab = await browser.tabs.create({ url: 'https://bank.example/account' });
    // The fake browser can't switch tabs: its `tabs.get` is made to report the reading tab as the
    // active one, and to throw for an unknown id as Chromium does.
    const get = browser.tabs.get.bind(browser.tabs);
    vi.spyOn(browser.tabs, 'get').mockImplementation(async (id) => {
      const tab = await get(id);
      if (!tab) throw new Error(`No tab with id: ${id}.`);
      return { ...tab, active: id === readingTab.id };
    });
  });

  const urlOf = async (tab: Browser.tabs.Tab) => (await browser.tabs.query({})).find((t) => t.id === tab.id)?.url;

  it('opens next to the active tab it names, in its window', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await openForPopup({ type: 'open-papers-cool', urls: [PAPER], tabId: readingTab.id });
    expect(create.mock.calls.map(([props]) => props)).toEqual([
      {
        url: PAPER,
        active: true,
        windowId: readingTab.windowId,
        index: readingTab.index + 1,
        openerTabId: readingTab.id,
      },
    ]);
  });

  it('replaces the active tab it names when the options say "current tab"', async () => {
    await saveSettings({ openIn: 'current-tab' });
    await openForPopup({ type: 'open-papers-cool', urls: [PAPER], tabId: readingTab.id });
    expect(await urlOf(readingTab)).toBe(PAPER);
  });

  it('neither replaces nor opens beside a tab the user is not looking at', async () => {
    await saveSettings({ openIn: 'current-tab' });
    const update = vi.spyOn(browser.tabs, 'update');
    const create = vi.spyOn(browser.tabs, 'create');
    await openForPopup({ type: 'open-papers-cool', urls: [PAPER], tabId: bankTab.id });
    expect(await urlOf(bankTab)).toBe('https://bank.example/account');
    expect(update).not.toHaveBeenCalled();
    expect(create.mock.calls.map(([props]) => props)).toEqual([{ url: PAPER, active: true }]);
  });

  it('opens plainly for a tab id that names no tab', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await openForPopup({ type: 'open-papers-cool', urls: [PAPER], tabId: 9999 });
    expect(create.mock.calls.map(([props]) => props)).toEqual([{ url: PAPER, active: true }]);
  });
});
