import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, withDefaults, type Settings } from './settings-defaults';

export * from './settings-defaults';

export const settingsItem = storage.defineItem<Partial<Settings>>(`sync:${SETTINGS_STORAGE_KEY}`, { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  try {
    return withDefaults(await settingsItem.getValue());
  } catch {
    // Storage can be unavailable for a moment while the extension updates.
    return DEFAULT_SETTINGS;
  }
}
