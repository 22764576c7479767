import type { Branch } from './sources';

/** Sites that get inline "Cool Papers" links; each can be switched off. */
export const INLINE_LINK_SITES = ['arxiv', 'openreview', 'acl', 'pmlr', 'ijcai', 'cvf', 'aaai'] as const;
export type InlineLinkSite = (typeof INLINE_LINK_SITES)[number];

export interface Settings {
  /** Open papers in a new tab, or replace the page of the current one. */
  openIn: 'new-tab' | 'current-tab';
  /** Switch to the new tab, or leave it in the background. */
  activateNewTab: boolean;
  /** Where words without ids are searched. */
  searchBranch: Branch;
  /** Tell the user, with a notification, when a click found nothing to open. */
  notifications: boolean;
  inlineLinks: Record<InlineLinkSite, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  openIn: 'new-tab',
  activateNewTab: true,
  searchBranch: 'arxiv',
  notifications: true,
  inlineLinks: Object.fromEntries(INLINE_LINK_SITES.map((site) => [site, true])) as Record<InlineLinkSite, boolean>,
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
 */
export function withDefaults(saved: unknown): Settings {
  // Object() gives null, strings, numbers and arrays none of the keys read below, so they read as unset.
  const stored: Record<string, unknown> = Object(saved);
  const inline: Record<string, unknown> = Object(stored.inlineLinks);
  const settings: Record<string, unknown> = {
    inlineLinks: Object.fromEntries(
      INLINE_LINK_SITES.map((site) => [site, BOOLEANS.includes(inline[site] as boolean) ? inline[site] : DEFAULT_SETTINGS.inlineLinks[site]]),
    ),
  };
  for (const [key, allowed] of Object.entries(ALLOWED_VALUES)) {
    settings[key] = allowed.includes(stored[key]) ? stored[key] : DEFAULT_SETTINGS[key as keyof Settings];
  }
  return settings as unknown as Settings;
}
