/** Sizes of what the built extension makes Chromium load, for the budgets and the bench. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CHROME_OUTPUT = '.output/chrome-mv3';

export interface ScriptSize {
  file: string;
  bytes: number;
}

export function readManifest(outputDir = CHROME_OUTPUT) {
  return JSON.parse(readFileSync(join(outputDir, 'manifest.json'), 'utf8'));
}

/** Each content script file the manifest injects into paper sites. */
export function contentScriptSizes(outputDir = CHROME_OUTPUT): ScriptSize[] {
  const scripts: { js?: string[] }[] = readManifest(outputDir).content_scripts ?? [];
  return scripts.flatMap((script) => script.js ?? []).map((file) => ({ file, bytes: fileBytes(file, outputDir) }));
}

/** The JavaScript an extension page loads: its script tags and, transitively, their static imports. */
export function pageScriptBytes(page: string, outputDir = CHROME_OUTPUT): number | undefined {
  if (!existsSync(join(outputDir, page))) return undefined;
  const loaded = new Set<string>();
  const html = readFileSync(join(outputDir, page), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map(([, file]) => file);
  while (pending.length) {
    const file = pending.pop()!;
    if (loaded.has(file)) continue;
    loaded.add(file);
    const code = readFileSync(join(outputDir, file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      pending.push(join(dirname(file), imported));
    }
  }
  return [...loaded].reduce((total, file) => total + fileBytes(file, outputDir), 0);
}

export function fileBytes(file: string, outputDir = CHROME_OUTPUT): number {
  return statSync(join(outputDir, file)).size;
}

/** Every file of the unpacked extension, in bytes. */
export function totalBytes(dir = CHROME_OUTPUT): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (total, entry) => total + (entry.isDirectory() ? totalBytes(join(dir, entry.name)) : fileBytes(entry.name, dir)),
    0,
  );
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
