import { browser, type Browser } from 'wxt/browser';
import { NOTHING_FOUND_MESSAGE, type MenuItemId } from './menus';
import { notify } from './notify';
import { MAX_TABS_PER_ACTION, openPapersCoolTabs } from './open-tabs';
import { explainRedirect, type ClickContext } from './redirect';
import { loadSettings, type Settings } from './settings';

/** Opens planned papers.cool addresses the way the settings ask, and says if some were held back. */
export async function openWithSettings(urls: string[], tab: Browser.tabs.Tab | undefined, settings: Settings) {
  await openPapersCoolTabs(urls, tab, {
    reuseCurrentTab: settings.openIn === 'current-tab',
    activate: settings.activateNewTab,
  });
  if (urls.length > MAX_TABS_PER_ACTION && settings.notifications) {
    await notify(
      browser.i18n.getMessage('noticeTitleTooMany'),
      browser.i18n.getMessage('noticeTooMany', [String(MAX_TABS_PER_ACTION), String(urls.length)]),
    );
  }
}

/** What a context-menu click does: plan, then open, or explain why there was nothing to open. */
export async function openFromContextMenu(
  click: ClickContext & { menuItemId: string | number },
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  const settings = await loadSettings();
  const plan = explainRedirect(click, { searchBranch: settings.searchBranch });
  if (plan.urls.length > 0) {
    await openWithSettings(plan.urls, tab, settings);
  } else if (settings.notifications) {
    const message = NOTHING_FOUND_MESSAGE[click.menuItemId as MenuItemId] ?? 'noticeNoSelection';
    await notify(browser.i18n.getMessage('noticeTitle'), browser.i18n.getMessage(message));
  }
}
