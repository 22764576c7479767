#!/usr/bin/env node
// Renders the extension icon set from SVG sources with headless Chromium.
//
//   scripts/icon.svg    -> public/icon/32.png, 48.png, 128.png
//   scripts/icon-16.svg -> public/icon/16.png (simplified, pixel-grid variant)
//
// WXT picks up public/icon/<size>.png automatically for the manifest.
// Usage: npm run icons   (uses Debian's /usr/bin/chromium; override with CHROMIUM_PATH=/path)
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../public/icon');

const targets = [
  { size: 16, src: 'icon-16.svg' },
  { size: 32, src: 'icon.svg' },
  { size: 48, src: 'icon.svg' },
  { size: 128, src: 'icon.svg' },
];

function page(svg, size) {
  // Force the SVG to the exact target size; transparent page background.
  const sized = svg
    .replace(/<\?xml[^>]*>/, '')
    .replace(/<svg\b([^>]*?)\s(width|height)="[^"]*"/g, '<svg$1')
    .replace(/<svg\b([^>]*?)\s(width|height)="[^"]*"/g, '<svg$1')
    .replace(/<svg\b/, `<svg width="${size}" height="${size}"`);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: transparent; }
    svg { display: block; }
  </style></head><body>${sized}</body></html>`;
}

const browser = await chromium.launch({
  // The same browser as tests/support/chromium.ts (a .mjs script can't import that .ts file).
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  await mkdir(outDir, { recursive: true });
  const sources = new Map();
  for (const { size, src } of targets) {
    if (!sources.has(src)) sources.set(src, await readFile(path.join(here, src), 'utf8'));
    const ctx = await browser.newContext({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const p = await ctx.newPage();
    await p.setContent(page(sources.get(src), size));
    const file = path.join(outDir, `${size}.png`);
    await p.screenshot({
      path: file,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await ctx.close();
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size}) from scripts/${src}`);
  }
} finally {
  await browser.close();
}
