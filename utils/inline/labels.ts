import { browser } from 'wxt/browser';
import type { InlineLinkSite } from '../settings-defaults';
import { inlineLinksEnabled } from '../settings';
import type { InlineLabels } from './links';

/** The inline links' words, in the browser's language. */
export function inlineLabels(): InlineLabels {
  return {
    paper: browser.i18n.getMessage('linkPaper'),
    entry: browser.i18n.getMessage('linkEntry'),
    title: browser.i18n.getMessage('linkTitle'),
    openAll: (count) => browser.i18n.getMessage('linkOpenAll', [String(count)]),
  };
}

/** Adds a site's inline links, unless the user switched them off for that site. */
export async function addInlineLinksIfEnabled(site: InlineLinkSite, add: (labels: InlineLabels, now: Date) => void): Promise<void> {
  if (await inlineLinksEnabled(site)) add(inlineLabels(), new Date());
}
