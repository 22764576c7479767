import { browser } from 'wxt/browser';

import type { Branch, SourceName } from './sources/types';

export interface Settings {
  /** Open papers in a new tab, or replace the page of the current one. */
  openIn: 'new-tab' | 'current-tab';
  /** Switch to the new tab, or leave it in the background. */
  activateNewTab: boolean;
  /** Where words without ids are searched. */
  searchBranch: Branch;
  /** Tell the user, with a notification, when a click found nothing to open. */
  notifications: boolean;
  /** Each site's inline links, on unless switched off (`false`). */
  inlineLinks: Partial<Record<SourceName, boolean>>;
}

export const DEFAULT_SETTINGS: Settings = {
  openIn: 'new-tab',
  activateNewTab: true,
  searchBranch: 'arxiv',
  notifications: true,
  inlineLinks: {},
};

/** Where the settings live in storage.sync. */
export const SETTINGS_STORAGE_KEY = 'settings';

const BOOLEANS = [true, false];

/** The values each setting may take; a new setting must be listed here. (`inlineLinks`: a boolean per site.) */
const ALLOWED_VALUES: Record<Exclude<keyof Settings, 'inlineLinks'>, readonly unknown[]> = {
  openIn: ['new-tab', 'current-tab'] satisfies Settings['openIn'][],
  activateNewTab: BOOLEANS,
  searchBranch: ['arxiv', 'venue'] satisfies Branch[],
  notifications: BOOLEANS,
};

/**
 * The settings as stored, field by field: a field that is missing (saved by an older version), of the
 * wrong type (`"false"` is no boolean) or not an allowed value gets its default; unknown keys are dropped.
 * A site's switch is kept whatever the site, if it is a boolean: a newer version's sites, synced
 * from another computer, survive a save here.
 */
export function withDefaults(saved: unknown): Settings {
  // Object() gives null, strings, numbers and arrays none of the keys read below, so they read as unset.
  const stored = Object(saved) as Record<string, unknown>;
  const inline = (Array.isArray(stored.inlineLinks) ? {} : Object(stored.inlineLinks)) as Record<string, unknown>;
  const settings: Record<string, unknown> = {
    inlineLinks: Object.fromEntries(Object.entries(inline).filter(([, on]) => BOOLEANS.includes(on as boolean))),
  };
  for (const [key, allowed] of Object.entries(ALLOWED_VALUES)) {
    settings[key] = allowed.includes(stored[key]) ? stored[key] : DEFAULT_SETTINGS[key as keyof Settings];
  }
  return settings as unknown as Settings;
}

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

export async function inlineLinksEnabled(site: SourceName): Promise<boolean> {
  return (await loadSettings()).inlineLinks[site] !== false;
}
