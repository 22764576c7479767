// utils/tab-plan.ts: what the page item, the shortcut and the popup open for a tab.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';

import { planForTab } from '../../utils/tab-plan';
import { citationPages } from '../fixtures/citation-pages';

const now = new Date('2026-11-23T12:00:00Z');

/** The page's answer to the metadata read, as scripting.executeScript gives it. */
function pageAnswers(result: unknown) {
  const executeScript = vi.fn(async () => [{ frameId: 0, result }]);
  (browser as unknown as { scripting: unknown }).scripting = { executeScript };
  return executeScript;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('planForTab', () => {
  it.each<[string | undefined, string[] | undefined]>([
    ['https://arxiv.org/abs/2410.12345v2', ['https://papers.cool/arxiv/2410.12345']],
    ['https://arxiv.org/pdf/2410.12345', ['https://papers.cool/arxiv/2410.12345']],
    ['https://openreview.net/pdf?id=LcF-EEt8cCC', ['https://papers.cool/venue/LcF-EEt8cCC@OpenReview']],
    ['https://arxiv.org/list/cs.CL/new', ['https://papers.cool/arxiv/cs.CL']],
    ['https://openreview.net/group?id=NeurIPS.cc/2024/Conference', ['https://papers.cool/venue/NeurIPS.2024']],
    ['https://example.org/blog', undefined],
    ['chrome://extensions/', undefined],
    [undefined, undefined],
  ])('opens for the address %s: %j, without reading the page when the address names it', async (address, urls) => {
    const executeScript = pageAnswers({});
    expect((await planForTab(7, { pageUrl: address }, now))?.urls).toEqual(urls);
    if (urls) expect(executeScript).not.toHaveBeenCalled();
  });

  it("reads a paper page's citation metadata when its address names nothing", async () => {
    // The tags of the SpringerLink page in tests/fixtures/citation-pages.ts.
    const title = 'The Relationship Between Prosociality, Meaning, and Happiness in Everyday Life';
    const executeScript = pageAnswers({ title, journalTitle: 'Journal of Happiness Studies' });
    const plan = await planForTab(7, { pageUrl: citationPages['link.springer.com'].url }, now);
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7 } }));
    // Searched by its words, as papers.cool's search reads them.
    expect(plan).toMatchObject({ basis: 'metadata', searches: [title.replaceAll(',', '')] });
  });

  it('prefers the frame of a PDF to the page around it', async () => {
    pageAnswers({});
    const plan = await planForTab(
      7,
      { pageUrl: 'https://example.org/', frameUrl: 'https://arxiv.org/pdf/2410.12345' },
      now,
    );
    expect(plan?.urls).toEqual(['https://papers.cool/arxiv/2410.12345']);
  });

  it("doesn't try to script a page the browser protects, and gives nothing for one that can't be read", async () => {
    const executeScript = pageAnswers({});
    expect(await planForTab(7, { pageUrl: 'https://chromewebstore.google.com/detail/x/abc' }, now)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await planForTab(7, { pageUrl: 'https://example.org/' }, now)).toBeUndefined();
  });
});
