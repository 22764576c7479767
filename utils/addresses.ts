/** Whether an address is a web page's (http or https), not the browser's or an extension's own. */
export function isWebAddress(address: string | undefined): address is string {
  return address !== undefined && /^https?:\/\//i.test(address);
}

/** The parsed address, or undefined for one the URL parser rejects (pages and copies hold malformed ones). */
export function parseAddress(address: string, base?: string): URL | undefined {
  try {
    return new URL(address, base);
  } catch {
    return undefined;
  }
}

/** Addresses whose pages Chromium never lets extensions script: say so instead of trying. */
export function isScriptablePage(address: string | undefined): boolean {
  if (!isWebAddress(address)) return false;
  // A malformed address (`https://`) is no page to script.
  const hostname = parseAddress(address)?.hostname;
  return (
    hostname !== undefined &&
    hostname !== 'chromewebstore.google.com' &&
    !(hostname === 'chrome.google.com' && address.includes('/webstore'))
  );
}

const EXTENSION_PAGE = /^(?:chrome|moz)-extension:\/\/[^/]+\/(.*)$/i;

/**
 * The web address a page or frame shows: its own, or the one that a PDF-viewer extension's page
 * carries, as `…/viewer.html?file=<encoded address>` or as `chrome-extension://<id>/<address>`.
 * Nothing else of an extension's or the browser's own addresses is read.
 */
export function shownWebAddress(address: string | undefined): string | undefined {
  if (isWebAddress(address)) return address;
  const inside = address === undefined ? undefined : EXTENSION_PAGE.exec(address)?.[1];
  if (inside === undefined) return undefined;
  if (isWebAddress(inside)) return inside;
  const file = fileParameter(inside);
  return isWebAddress(file) ? file : undefined;
}

function fileParameter(pathAndQuery: string): string | undefined {
  const query = pathAndQuery.indexOf('?');
  if (query < 0) return undefined;
  try {
    return new URLSearchParams(pathAndQuery.slice(query + 1).split('#')[0]).get('file') ?? undefined;
  } catch {
    return undefined;
  }
}
