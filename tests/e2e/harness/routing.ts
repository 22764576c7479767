// Fixture pages served under the sites' real addresses (docs/facts.md, Chromium: running it in
// tests): one handler per browser context, papers.cool stubbed, everything else a 404.
import { readFileSync } from 'node:fs';
import { extname, isAbsolute, join } from 'node:path';

import type { BrowserContext, Route } from '@playwright/test';

import { FIXTURES_DIR } from './launch';

/** What to answer for a URL: inline HTML, a file from tests/fixtures, or a raw body. */
export type FixtureResponse =
  | string
  | { file: string; contentType?: string; status?: number; headers?: Record<string, string> }
  | { body: string | Buffer; contentType?: string; status?: number; headers?: Record<string, string> };

/** Keys are exact URLs or globs (`*` = within one path segment, `**` = anything). */
export type RouteMap = Record<string, FixtureResponse>;

export const PAPERS_COOL_STUB = `<!doctype html><html><head><meta charset="utf-8"><title>Cool Papers (stub)</title></head>
<body><h1>papers.cool stub</h1><p id="url"></p><script>document.getElementById('url').textContent = location.href;</script></body></html>`;

/** Serve the PDF fixture (application/pdf) so Chromium's built-in viewer opens it. */
export function pdfFixture(file = 'paper.pdf'): FixtureResponse {
  return { file, contentType: 'application/pdf' };
}

interface RouteEntry {
  test: (url: string) => boolean;
  response: FixtureResponse;
}
interface RouteState {
  entries: RouteEntry[];
  unrouted: string[];
}
const routeStates = new WeakMap<BrowserContext, RouteState>();

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
      } else re += '[^/]*';
    } else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function matcher(key: string): (url: string) => boolean {
  if (!key.includes('*')) return (url) => url === key;
  const re = globToRegExp(key);
  return (url) => re.test(url);
}

async function fulfill(route: Route, response: FixtureResponse): Promise<void> {
  if (typeof response === 'string') {
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: response });
    return;
  }
  if ('file' in response) {
    const path = isAbsolute(response.file) ? response.file : join(FIXTURES_DIR, response.file);
    await route.fulfill({
      status: response.status ?? 200,
      contentType: response.contentType ?? CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      headers: response.headers,
      body: readFileSync(path),
    });
    return;
  }
  await route.fulfill({
    status: response.status ?? 200,
    contentType: response.contentType ?? 'text/html; charset=utf-8',
    headers: response.headers,
    body: response.body,
  });
}

/**
 * Serve fixtures for every http(s) request of the context. One `**\/*` handler
 * per context; later calls add routes that take precedence over earlier ones.
 * `https://papers.cool/**` gets a stub page unless a route overrides it. Any other
 * http(s) URL gets a 404 (there is no network) and is listed by `unroutedRequests`.
 * Non-http(s) requests are let through: the PDF viewer loads chrome:// and
 * chrome-extension:// resources and stays blank if they are blocked (docs/facts.md,
 * Chromium: running it in tests).
 */
export async function routeFixtures(context: BrowserContext, routes: RouteMap): Promise<void> {
  const added = Object.entries(routes).map(([key, response]) => ({ test: matcher(key), response }));
  let state = routeStates.get(context);
  if (state) {
    state.entries.unshift(...added);
    return;
  }
  state = {
    entries: [...added, { test: matcher('https://papers.cool/**'), response: PAPERS_COOL_STUB }],
    unrouted: [],
  };
  routeStates.set(context, state);
  const s = state;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/i.test(url)) {
      await route.continue();
      return;
    }
    const entry = s.entries.find((e) => e.test(url));
    if (entry) {
      await fulfill(route, entry.response);
      return;
    }
    s.unrouted.push(url);
    await route.fulfill({ status: 404, contentType: 'text/plain', body: `no fixture for ${url}` });
  });
}

/** http(s) URLs that `routeFixtures` answered with 404 (useful when a test misbehaves). */
export function unroutedRequests(context: BrowserContext): string[] {
  return [...(routeStates.get(context)?.unrouted ?? [])];
}
