import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, withDefaults, type InlineLinkSite, type Settings } from './settings-defaults';

export * from './settings-defaults';

// Settings are read and written with storage.sync directly: the wxt/storage wrapper would add
// 9 KiB to every page that reads them (each content script and the popup have size budgets).

/** What is stored, unchecked: anything may have been written there (another version, by hand). */
async function readStored(): Promise<unknown> {
  return (await browser.storage.sync.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
}

export async function loadSettings(): Promise<Settings> {
  try {
    return withDefaults(await readStored());
  } catch {
    // Storage can be unavailable for a moment while the extension updates.
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(settings: Partial<Settings>): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: settings });
}

/** Saves some settings, keeping the rest as stored (junk stored there is replaced by defaults). */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  await saveSettings({ ...withDefaults(await readStored()), ...patch });
}

/** Calls `onChange` with the new settings whenever they change, in any extension page. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_STORAGE_KEY in changes) {
      onChange(withDefaults(changes[SETTINGS_STORAGE_KEY].newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function inlineLinksEnabled(site: InlineLinkSite): Promise<boolean> {
  return (await loadSettings()).inlineLinks[site];
}
