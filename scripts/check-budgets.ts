/**
 * `npm run check:budgets`: checks the built extension (.output/chrome-mv3) against the budgets the
 * README promises: the exact permission set, the default CSP, and the size of injected scripts.
 * Exits non-zero with a line per broken budget.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const OUTPUT = '.output/chrome-mv3';
/** Every permission the extension asks for; the README's permissions table explains each one. */
const JUSTIFIED_PERMISSIONS = ['contextMenus', 'notifications', 'storage', 'activeTab', 'scripting'];
const CONTENT_SCRIPT_BUDGET = 16 * 1024;
const POPUP_BUDGET = 40 * 1024;

const manifest = JSON.parse(readFileSync(join(OUTPUT, 'manifest.json'), 'utf8'));
const problems: string[] = [];
const report: string[] = [];

const permissions: string[] = manifest.permissions ?? [];
if ([...permissions].sort().join() !== [...JUSTIFIED_PERMISSIONS].sort().join()) {
  problems.push(`permissions are [${permissions}], expected exactly [${JUSTIFIED_PERMISSIONS}]`);
}
const hostPatterns: string[] = [
  ...(manifest.host_permissions ?? []),
  ...(manifest.content_scripts ?? []).flatMap((script: { matches: string[] }) => script.matches),
];
for (const pattern of hostPatterns) {
  if (pattern === '<all_urls>' || /^(\*|https?):\/\/\*\//.test(pattern)) problems.push(`pattern ${pattern} covers every site`);
}
if (manifest.content_security_policy) problems.push('the manifest sets a CSP; MV3 default expected');

for (const script of manifest.content_scripts ?? []) {
  for (const file of script.js ?? []) {
    const size = statSync(join(OUTPUT, file)).size;
    report.push(`${file}: ${(size / 1024).toFixed(1)} KiB (budget ${CONTENT_SCRIPT_BUDGET / 1024} KiB)`);
    if (size > CONTENT_SCRIPT_BUDGET) problems.push(`${file} is ${size} bytes, over ${CONTENT_SCRIPT_BUDGET}`);
  }
}
if (existsSync(join(OUTPUT, 'popup.html'))) {
  const size = [...scriptsLoadedBy('popup.html')].reduce((total, file) => total + statSync(join(OUTPUT, file)).size, 0);
  report.push(`popup JS: ${(size / 1024).toFixed(1)} KiB with its shared chunks (budget ${POPUP_BUDGET / 1024} KiB)`);
  if (size > POPUP_BUDGET) problems.push(`popup JS is ${size} bytes, over ${POPUP_BUDGET}`);
}

/** Every script a page loads: its script tags and, transitively, their static imports. */
function scriptsLoadedBy(page: string): Set<string> {
  const loaded = new Set<string>();
  const html = readFileSync(join(OUTPUT, page), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map(([, file]) => file);
  while (pending.length) {
    const file = pending.pop()!;
    if (loaded.has(file)) continue;
    loaded.add(file);
    const code = readFileSync(join(OUTPUT, file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) {
      pending.push(join(dirname(file), imported));
    }
  }
  return loaded;
}

console.log(report.length ? report.join('\n') : 'no content scripts or popup yet');
console.log(`permissions: ${permissions.join(', ')}`);
if (problems.length) {
  console.error(`Budgets broken:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('All budgets hold.');
