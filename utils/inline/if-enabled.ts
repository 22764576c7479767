import { inlineLinksEnabled } from '../settings';
import type { InlineLinkSource } from '../sources/types';
import { inlineLabels } from './labels';
import type { InlineLabels } from './links';

/** A content script's start: adds the source's inline links, unless the user switched them off for its site. */
export async function addInlineLinksIfEnabled(
  source: InlineLinkSource,
  add: (labels: InlineLabels, now: Date) => void,
): Promise<void> {
  if (await inlineLinksEnabled(source.name)) add(inlineLabels(), new Date());
}
