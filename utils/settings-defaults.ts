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

/** Settings saved by an older version may lack newer keys: fill them from the defaults. */
export function withDefaults(saved: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...saved,
    inlineLinks: { ...DEFAULT_SETTINGS.inlineLinks, ...saved?.inlineLinks },
  };
}
