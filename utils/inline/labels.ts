import { t } from '../i18n';
import type { InlineLinkSite } from '../settings-defaults';
import { inlineLinksEnabled } from '../settings';
import type { InlineLabels } from './links';

/** The inline links' words, in the browser's language. */
export function inlineLabels(): InlineLabels {
  return {
    paper: t('linkPaper'),
    entry: t('linkEntry'),
    title: t('linkTitle'),
    openAll: (count) => t('linkOpenAll', count),
  };
}

/** Adds a site's inline links, unless the user switched them off for that site. */
export async function addInlineLinksIfEnabled(site: InlineLinkSite, add: (labels: InlineLabels, now: Date) => void): Promise<void> {
  if (await inlineLinksEnabled(site)) add(inlineLabels(), new Date());
}
