// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isScriptablePage, PAGE_READ_LIMITS, papersOnPage, readPageForPapers } from '../../utils/page-papers';
import { EXAMPLES_NOW } from '../../utils/sources/types';

const BLOG = `<article>
  <h1>Twenty papers I liked</h1>
  <p>Start with <a href="https://arxiv.org/abs/2410.12345v2">sparse experts</a>, then arXiv:2409.01234 and
  <a href="https://openreview.net/forum?id=LcF-EEt8cCC">the ICLR one</a>. The ACL paper 2024.acl-long.123 is also good,
  as is <a href="https://aclanthology.org/2023.emnlp-main.45.pdf">this EMNLP PDF</a> and
  <a href="https://proceedings.mlr.press/v202/smith23a.html">an ICML paper</a>.</p>
  <p>Again: <a href="https://arxiv.org/pdf/2410.12345">the PDF</a>. Python 3.10.12, not a paper.</p>
</article>`;

describe('reading a page', () => {
  it('collects link addresses and text, and finds every paper once, grouped by source', () => {
    document.body.innerHTML = BLOG;
    const read = readPageForPapers(PAGE_READ_LIMITS);
    expect(read.capped).toBe(false);
    expect(read.links).toHaveLength(5);
    const { papers, groups } = papersOnPage(read, EXAMPLES_NOW);
    expect(papers.map((paper) => paper.id)).toEqual([
      '2410.12345',
      'LcF-EEt8cCC@OpenReview',
      '2023.emnlp-main.45@ACL',
      'smith23a@v202@PMLR',
      '2409.01234',
      '2024.acl-long.123@ACL',
    ]);
    expect(groups.map((group) => [group.label, group.papers.length])).toEqual([
      ['arXiv', 2],
      ['OpenReview', 1],
      ['ACL Anthology', 2],
      ['PMLR', 1],
    ]);
  });

  it('finds nothing on a page without papers', () => {
    document.body.innerHTML = '<p>Release notes: version 2023.10.15, <a href="https://example.org/">home</a></p>';
    expect(papersOnPage(readPageForPapers(PAGE_READ_LIMITS), EXAMPLES_NOW)).toEqual({ papers: [], groups: [], capped: false });
  });

  it('stops at the limits and says so', () => {
    document.body.innerHTML = `${'<a href="https://arxiv.org/abs/2410.12345">x</a>'.repeat(30)}<p>${'word '.repeat(100)}</p>`;
    const read = readPageForPapers({ links: 10, textCharacters: 50 });
    expect(read.links).toHaveLength(10);
    expect(read.text).toHaveLength(50);
    expect(read.capped).toBe(true);
  });
});

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
    [undefined, false],
  ])('%s → %s', (address, expected) => {
    expect(isScriptablePage(address)).toBe(expected);
  });
});
