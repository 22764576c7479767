// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { Popup } from '../../components/Popup';

const messages: Record<string, string> = {
  popupCurrentTab: 'This tab',
  popupOpenCurrent: 'Open',
  popupNoCurrentPaper: "This tab isn't a paper page.",
  popupPreviewEmpty: 'Enter opens ids and links, or searches for words.',
};

async function renderPopupFor(url: string) {
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 7, index: 0, windowId: 1, url }]) as never);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => render(<Popup />, root));
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return root;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  (browser.i18n as { getMessage: unknown }).getMessage = (key: string) => messages[key] ?? key;
});

describe('the popup and the current tab', () => {
  it.each([
    ['https://arxiv.org/abs/2410.12345v2', 'arXiv 2410.12345'],
    ['https://arxiv.org/pdf/2410.12345', 'arXiv 2410.12345'],
    ['https://openreview.net/forum?id=LcF-EEt8cCC', 'OpenReview LcF-EEt8cCC'],
    ['https://aclanthology.org/2024.acl-long.123/', 'ACL Anthology 2024.acl-long.123'],
  ])('offers the paper of %s', async (url, name) => {
    const root = await renderPopupFor(url);
    const button = root.querySelector<HTMLButtonElement>('.current-paper')!;
    expect(button.textContent).toContain(name);
    const create = vi.spyOn(browser.tabs, 'create');
    await act(async () => button.click());
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0][0].url).toMatch(/^https:\/\/papers\.cool\/(arxiv|venue)\//);
  });

  it('says so when the tab is no paper page', async () => {
    const root = await renderPopupFor('https://example.org/blog');
    expect(root.querySelector('.current-paper')).toBeNull();
    expect(root.querySelector('.current')!.textContent).toBe("This tab isn't a paper page.");
  });

  it('focuses the input on open', async () => {
    const root = await renderPopupFor('https://example.org/');
    expect(document.activeElement).toBe(root.querySelector('textarea'));
  });
});
