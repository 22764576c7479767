import { type Browser, browser } from 'wxt/browser';

import { t } from './i18n';
import { interpretInput } from './intent';
import { type MenuItemId, NOTHING_FOUND_MESSAGE } from './menus';
import { notify } from './notify';
import { type OpenRequest, requestedTab } from './open-request';
import { MAX_TABS_PER_ACTION, type OpenOptions, openPapersCoolTabs } from './open-tabs';
import { type ClickContext, planRedirect } from './plan-redirect';
import { loadSettings, type Settings } from './settings';
import { planForTab } from './tab-plan';

/**
 * Opens planned papers.cool addresses where the options say (unless `options` says otherwise), and
 * says (if notifications are on) when some were held back.
 */
async function openAndReport(
  urls: string[],
  tab: Browser.tabs.Tab | undefined,
  settings: Settings,
  options: OpenOptions = { reuseCurrentTab: settings.openIn === 'current-tab', activate: settings.activateNewTab },
) {
  await openPapersCoolTabs(urls, tab, options);
  if (urls.length > MAX_TABS_PER_ACTION && settings.notifications) {
    await notify(t('noticeTitleTooMany'), t('noticeTooMany', MAX_TABS_PER_ACTION, urls.length));
  }
}

/**
 * What a context-menu click does: plan, then open, or explain why there was nothing to open.
 * Selected text in Chromium's PDF viewer shows both the selection item and the page item (in a
 * submenu): there the page item means the PDF's own paper, so it reads the tab, not the selection.
 */
export async function openFromContextMenu(
  click: ClickContext & { menuItemId: string | number },
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  const settings = await loadSettings();
  const { pageUrl, frameUrl, srcUrl } = click;
  const plan =
    click.menuItemId === 'open-page'
      ? await planForTab(tab?.id, { pageUrl, frameUrl, srcUrl })
      : planRedirect(click, { searchBranch: settings.searchBranch });
  if (plan?.urls.length) {
    await openAndReport(plan.urls, tab, settings);
  } else if (settings.notifications) {
    const message = NOTHING_FOUND_MESSAGE[click.menuItemId as MenuItemId] ?? 'noticeNoSelection';
    await notify(t('noticeTitle'), t(message));
  }
}

/** The keyboard shortcut: the current tab's paper or listing, or a notification that the page has none. */
export async function openCurrentTabPaper(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const settings = await loadSettings();
  const plan = await planForTab(tab?.id, { pageUrl: tab?.url });
  if (plan) await openAndReport(plan.urls, tab, settings);
  else if (settings.notifications) await notify(t('noticeTitle'), t('noticeNoTabPaper'));
}

/** The popup's Enter, "open" and "open all": the worker opens them, since the popup closes on the first tab. */
export async function openForPopup({ urls, tabId }: OpenRequest): Promise<void> {
  const settings = await loadSettings();
  await openAndReport(urls, await requestedTab(tabId), settings);
}

export type OmniboxDisposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

/** The omnibox keyword: `cool 2410.12345` opens the paper, `cool some words` searches. */
export async function openFromOmnibox(text: string, disposition: OmniboxDisposition): Promise<void> {
  const settings = await loadSettings();
  const intent = interpretInput(text, settings.searchBranch);
  if (intent.kind === 'empty') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // The omnibox's own disposition (Alt+Enter, a middle click) decides here, not the options.
  await openAndReport(intent.urls, tab, settings, {
    reuseCurrentTab: disposition === 'currentTab',
    activate: disposition !== 'newBackgroundTab',
  });
}

/** The suggestion line under the omnibox: what Enter will do. */
export function omniboxSuggestion(text: string, branch: Settings['searchBranch']): string {
  const intent = interpretInput(text, branch);
  // Chromium reads the description as XML; Firefox shows it as plain text.
  const escape = (value: string) =>
    import.meta.env.FIREFOX ? value : value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (intent.kind === 'open') return escape(t('omniboxOpen', intent.names.join(', ')));
  if (intent.kind === 'search') return escape(t('omniboxSearch', intent.query));
  return escape(t('omniboxEmpty'));
}
