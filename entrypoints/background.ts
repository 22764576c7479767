import { browser } from 'wxt/browser';
import { openFromContextMenu } from '@/utils/actions';
import { registerContextMenus } from '@/utils/menus';

export default defineBackground(() => {
  // Listeners are added synchronously at start-up so a click that wakes the worker is delivered.
  browser.runtime.onInstalled.addListener(() => void registerContextMenus());
  browser.runtime.onStartup.addListener(() => void registerContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void openFromContextMenu(info, tab));
});
