/**
 * The extensions the user-felt rows are measured against, written at bench time into a temporary
 * folder (nothing here ships): the floor, the least any extension does for the same job, and a
 * padded copy of its scripts that tells what each KiB more costs.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CHROME_OUTPUT } from '../scripts/bundle-sizes';

/**
 * Pages on no site of ours, where the no-op and the padded content scripts both run; each run on a
 * site of its own, so a fresh renderer compiles the scripts (a renderer keeps what it compiled).
 */
export const SIZE_PROBE_MATCH = 'https://*.example/*';
export const sizeProbeAddress = (run: number) => `https://probe-${run}.example/`;
export const FLOOR_TAB_ADDRESS = 'https://papers.cool/arxiv/2410.12345';
/** The KiB of script (at least) added to the padded copies. */
const PADDING_KIB = 256;

// One menu item for selections whose click opens one papers.cool tab; the popup an empty page.
const FLOOR_WORKER = `chrome.runtime.onInstalled.addListener(() =>
  chrome.contextMenus.create({ id: 'open', title: 'Open (floor)', contexts: ['selection'] }));
chrome.contextMenus.onClicked.addListener(() => chrome.tabs.create({ url: ${JSON.stringify(FLOOR_TAB_ADDRESS)} }));
`;
const pageHtml = (script = '') =>
  `<!doctype html><html><head><meta charset="utf-8">${script}</head><body style="margin:8px">Cool Papers</body></html>`;

/**
 * Shipped code that is parsed and not run, as most of a new feature's code is on any one page: the
 * built arXiv content script, each copy closed in a function nobody calls, to at least `kib` KiB.
 */
export function paddingScript(kib: number): string {
  const shipped = readFileSync(join(CHROME_OUTPUT, 'content-scripts', 'arxiv.js'), 'utf8');
  const copies: string[] = [];
  for (let copy = 0, bytes = 0; bytes < kib * 1024; copy++) {
    copies.push(`function unusedCopy${copy}(){${shipped}}\n`);
    bytes += Buffer.byteLength(copies[copy]);
  }
  return copies.join('');
}

function writeExtension(dir: string, manifest: object, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, version: '1', ...manifest }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export interface FloorExtensions {
  /** Menu item → bare tabs.create; an empty popup (and one with a tiny and a padded script); a no-op content script on our sites. */
  floor: string;
  /** The no-op content script with the padding, on the size probes only. */
  padded: string;
  /** The KiB the padding adds to the padded scripts. */
  paddingKib: number;
}

/** Writes the floor extensions; `siteMatches` are our content scripts' match patterns. */
export function writeFloorExtensions(siteMatches: string[]): FloorExtensions {
  const root = mkdtempSync(join(tmpdir(), 'cool-bench-'));
  const padding = paddingScript(PADDING_KIB);
  const floor = writeExtension(
    join(root, 'floor'),
    {
      name: 'Bench floor',
      permissions: ['contextMenus'],
      background: { service_worker: 'worker.js' },
      action: { default_popup: 'empty.html' },
      content_scripts: [{ matches: [...siteMatches, SIZE_PROBE_MATCH], js: ['noop.js'] }],
    },
    {
      'worker.js': FLOOR_WORKER,
      'empty.html': pageHtml(),
      'tiny.html': pageHtml('<script type="module" src="tiny.js"></script>'),
      'tiny.js': 'void 0;\n',
      'padded.html': pageHtml('<script type="module" src="padded.js"></script>'),
      'padded.js': `void 0;\n${padding}`,
      'noop.js': 'void 0;\n',
    },
  );
  const padded = writeExtension(
    join(root, 'padded'),
    { name: 'Bench padded', content_scripts: [{ matches: [SIZE_PROBE_MATCH], js: ['padded.js'] }] },
    { 'padded.js': `void 0;\n${padding}` },
  );
  return { floor, padded, paddingKib: Buffer.byteLength(padding) / 1024 };
}
