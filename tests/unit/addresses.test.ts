import { describe, expect, it } from 'vitest';

import { isScriptablePage } from '../../utils/addresses';

describe('isScriptablePage', () => {
  it.each<[string | undefined, boolean]>([
    ['https://example.org/blog', true],
    ['http://localhost:8000/', true],
    ['chrome://extensions/', false],
    ['chrome-extension://abc/popup.html', false],
    ['https://chromewebstore.google.com/detail/x/abc', false],
    ['https://chrome.google.com/webstore/detail/abc', false],
    ['file:///home/me/paper.pdf', false],
    ['about:blank', false],
    ['https://', false],
    [undefined, false],
  ])('%s → %s', (address, expected) => {
    expect(isScriptablePage(address)).toBe(expected);
  });
});
