import { browser } from 'wxt/browser';
import type { InlineLabels } from './arxiv';

/** The inline links' words, in the browser's language. */
export function inlineLabels(): InlineLabels {
  return {
    paper: browser.i18n.getMessage('linkPaper'),
    entry: browser.i18n.getMessage('linkEntry'),
    title: browser.i18n.getMessage('linkTitle'),
    openAll: (count) => browser.i18n.getMessage('linkOpenAll', [String(count)]),
  };
}
