import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';

import {
  DEFAULT_SETTINGS,
  inlineLinksEnabled,
  loadSettings,
  type Settings,
  SETTINGS_STORAGE_KEY,
  updateSettings,
  withDefaults,
} from '../../utils/settings';

describe('withDefaults', () => {
  it('keeps every valid stored field', () => {
    const stored: Settings = {
      openIn: 'current-tab',
      activateNewTab: false,
      searchBranch: 'venue',
      notifications: false,
      inlineLinks: { ...DEFAULT_SETTINGS.inlineLinks, openreview: false },
    };
    expect(withDefaults(stored)).toEqual(stored);
  });

  it('fills the fields an older version did not store', () => {
    // Invented: a version that knew fewer fields and fewer sites.
    expect(withDefaults({ openIn: 'current-tab', inlineLinks: { arxiv: false } })).toEqual({
      ...DEFAULT_SETTINGS,
      openIn: 'current-tab',
      inlineLinks: { arxiv: false },
    });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['a JSON string of settings', '{"notifications":false}'],
    ['an array', [false, 'current-tab']],
    ['a number', 0],
    ['a boolean', false],
  ])('gives the defaults, with no extra keys, for %s', (_, stored) => {
    const settings = withDefaults(stored);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it.each<[keyof Settings, unknown]>([
    ['notifications', 'false'],
    ['notifications', 0],
    ['notifications', null],
    ['activateNewTab', 'false'],
    ['activateNewTab', []],
    ['openIn', 'current'],
    ['openIn', true],
    ['openIn', ['current-tab']],
    ['searchBranch', 'VENUE'],
    ['searchBranch', { venue: true }],
    ['inlineLinks', 'arxiv'],
    ['inlineLinks', [false, false]],
    ['inlineLinks', null],
  ])('falls back to the default %s for the stored value %j, keeping the other fields', (key, value) => {
    const settings = withDefaults({ searchBranch: 'venue', [key]: value });
    expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
    if (key !== 'searchBranch') expect(settings.searchBranch).toBe('venue');
  });

  it("reads each site switch on its own: booleans only, a newer version's sites kept", () => {
    const settings = withDefaults({
      inlineLinks: { arxiv: 'false', openreview: false, acl: 0, pmlr: null, cvf: { on: false }, scholar: false },
    });
    expect(settings.inlineLinks).toEqual({ openreview: false, scholar: false });
  });

  it('drops unknown and nested junk keys', () => {
    const settings = withDefaults({
      notifications: false,
      theme: 'dark',
      inlineLinks: { arxiv: true, nested: { deep: [1] } },
      0: 's',
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, notifications: false, inlineLinks: { arxiv: true } });
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps inline links on for every site but those switched off', async () => {
    await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { inlineLinks: { acl: false, arxiv: 'off' } } });
    expect(await inlineLinksEnabled('acl')).toBe(false);
    expect(await inlineLinksEnabled('arxiv')).toBe(true);
    expect(await inlineLinksEnabled('openreview')).toBe(true);
  });

  it('reads a string stored as the settings as the defaults', async () => {
    await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: 'false' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces junk with checked settings when one setting is updated', async () => {
    await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: 'ab' });
    await updateSettings({ searchBranch: 'venue' });
    const stored = (await browser.storage.sync.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
    expect(stored).toEqual({ ...DEFAULT_SETTINGS, searchBranch: 'venue' });
  });

  it('keeps what is stored when one setting is updated', async () => {
    await browser.storage.sync.set({ [SETTINGS_STORAGE_KEY]: { openIn: 'current-tab', notifications: 'no' } });
    await updateSettings({ searchBranch: 'venue' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, openIn: 'current-tab', searchBranch: 'venue' });
  });
});
