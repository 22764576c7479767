import { defineWebExtConfig } from 'wxt';

// How `npm run dev` starts the browser. Without a binary, WXT's runner (web-ext, chrome-launcher)
// takes CHROME_PATH, then Google Chrome, then Chromium (Debian's /usr/bin/chromium) from the PATH.
export default defineWebExtConfig({
  // The same override the tests and scripts honour.
  binaries: process.env.CHROMIUM_PATH ? { chrome: process.env.CHROMIUM_PATH } : undefined,
  // Chromium refuses to start as root without it (containers, CI), and `wxt` then dies with `read ECONNRESET`.
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
