import { parseAddress } from './addresses';

/** What the worker is told about who sent a message (the part of `runtime.MessageSender` it reads). */
export interface MessageSenderInfo {
  tab?: unknown;
  url?: string;
}

/**
 * Whether a message comes from one of the extension's own pages (the toolbar popup). Content scripts
 * share the extension's id, so `sender.id` can't tell them apart: they run in a tab, at the page's
 * address. `extensionRoot` is `runtime.getURL('/')`.
 */
export function isOwnExtensionPage(sender: MessageSenderInfo, extensionRoot: string): boolean {
  if (sender.tab !== undefined || sender.url === undefined) return false;
  const root = parseAddress(extensionRoot);
  const page = parseAddress(sender.url);
  // Not `origin`: it is "null" for chrome-extension:// outside the browser (Node's URL).
  return root !== undefined && root.host !== '' && page?.protocol === root.protocol && page.host === root.host;
}
