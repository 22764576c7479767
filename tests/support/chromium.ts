// How every test, bench and script here starts Chromium: Debian's build (Playwright can't download
// one), quiet on the network, and with nothing but our extension loaded.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { type Browser, chromium } from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Switches for a browser that doesn't phone home (there is no network here but the registries). */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The quiet switches plus the unpacked extension in `extensionDir`, checked to be built. */
export function argsWithExtension(extensionDir: string): string[] {
  const dir = resolve(extensionDir);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}; run \`npx wxt build\` first.`);
  }
  return [...QUIET_CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}

/** A headless Chromium without the extension, for the benches. */
export function launchQuietChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: QUIET_CHROMIUM_ARGS });
}
