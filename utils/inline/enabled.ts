import { browser } from 'wxt/browser';
import { SETTINGS_STORAGE_KEY, withDefaults, type InlineLinkSite, type Settings } from '../settings-defaults';

/**
 * Whether the user wants inline links on this site. Content scripts read storage directly: the
 * wxt/storage wrapper would cost 9 KiB in every paper page.
 */
export async function inlineLinksEnabled(site: InlineLinkSite): Promise<boolean> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_STORAGE_KEY);
    return withDefaults(stored[SETTINGS_STORAGE_KEY] as Partial<Settings> | undefined).inlineLinks[site];
  } catch {
    // Storage can be unavailable while the extension updates; links are on by default.
    return true;
  }
}
