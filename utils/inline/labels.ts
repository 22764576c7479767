import { t } from '../i18n';
import type { InlineLabels } from './links';

/** The inline links' words, in the browser's language. */
export function inlineLabels(): InlineLabels {
  return {
    paper: t('linkPaper'),
    entry: t('linkEntry'),
    title: t('linkTitle'),
    listing: t('linkListing'),
    openAll: (count) => t('linkOpenAll', count),
  };
}
