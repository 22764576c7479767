import { browser } from 'wxt/browser';

import { t } from './i18n';
import { allPaperPagePatterns, listingPagePatterns, metadataPagePatterns } from './sources';

/** Pages and links the planner reads an address of: paper pages and PDFs, and listing pages. */
const PLANNED_ADDRESS_PATTERNS = [...allPaperPagePatterns, ...listingPagePatterns];

export type MenuItemId = 'open-selection' | 'open-link' | 'open-page';
type MenuContext = 'selection' | 'link' | 'page' | 'frame';

export interface MenuItemDefinition {
  id: MenuItemId;
  /** The `_locales` message that titles the item. */
  titleMessage: 'menuSelection' | 'menuLink' | 'menuPage';
  contexts: [MenuContext, ...MenuContext[]];
  targetUrlPatterns?: string[];
  documentUrlPatterns?: string[];
}

/**
 * One item per context. Chromium never reports two of these contexts for one click, so exactly
 * one item is visible and it sits at the top level of the menu: a single click.
 */
const MENU_ITEMS: readonly MenuItemDefinition[] = [
  { id: 'open-selection', titleMessage: 'menuSelection', contexts: ['selection'] },
  { id: 'open-link', titleMessage: 'menuLink', contexts: ['link'], targetUrlPatterns: PLANNED_ADDRESS_PATTERNS },
  // PDFs in Chromium's viewer report `frame`, not `page`.
  // On scholarly hosts without an id form, the page is read for its citation metadata.
  {
    id: 'open-page',
    titleMessage: 'menuPage',
    contexts: ['page', 'frame'],
    documentUrlPatterns: [...PLANNED_ADDRESS_PATTERNS, ...metadataPagePatterns],
  },
];

/** The message that tells the user what a click on this item tried, when it found nothing. */
export const NOTHING_FOUND_MESSAGE: Record<MenuItemId, 'noticeNoSelection' | 'noticeNoLink' | 'noticeNoPage'> = {
  'open-selection': 'noticeNoSelection',
  'open-link': 'noticeNoLink',
  'open-page': 'noticeNoPage',
};

let registering: Promise<void> = Promise.resolve();

/**
 * Creates the menu items afresh; called on install, update and browser start, never per wake-up.
 * Calls run one after another: two interleaved runs would create every id twice.
 */
export function registerContextMenus(): Promise<void> {
  registering = registering.then(createMenuItems, createMenuItems);
  return registering;
}

async function createMenuItems(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const { titleMessage, ...item } of MENU_ITEMS) {
    browser.contextMenus.create({ ...item, title: t(titleMessage) }, () => {
      // Reading lastError marks it handled; a failure is still worth a line for whoever debugs it.
      const error = browser.runtime.lastError;
      if (error) console.warn(`Cool Papers Redirector: menu item ${item.id} was not created: ${error.message}`);
    });
  }
}

/**
 * Re-creates the items when any is missing, each time the worker starts: a worker stopped while it
 * created them (right after an install or update) leaves them half made until the next start of the
 * browser. Updating an item that doesn't exist fails, which is how a missing one shows.
 */
export async function ensureContextMenus(): Promise<void> {
  const present = await Promise.all(
    MENU_ITEMS.map(({ id }) =>
      browser.contextMenus.update(id, {}).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (present.includes(false)) await registerContextMenus();
}
