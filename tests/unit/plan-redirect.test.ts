import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type ClickContext, planRedirect } from '../../utils/plan-redirect';
import { EXAMPLES_NOW } from '../../utils/sources/types';

const now = EXAMPLES_NOW;
const plan = (click: ClickContext, searchBranch?: 'arxiv' | 'venue') => planRedirect(click, { now, searchBranch }).urls;

describe('planRedirect: where ids are taken from', () => {
  it.each<[string, ClickContext, string[]]>([
    [
      'ids in the selection',
      { selectionText: 'see 2410.12345 and 2409.01234' },
      ['https://papers.cool/arxiv/2410.12345,2409.01234'],
    ],
    [
      'the selection before the link',
      {
        selectionText: '2410.12345',
        linkUrl: 'https://arxiv.org/abs/2301.00001',
        pageUrl: 'https://arxiv.org/abs/2302.00002',
      },
      ['https://papers.cool/arxiv/2410.12345'],
    ],
    [
      'the link when the selection has no id',
      { selectionText: 'a great paper', linkUrl: 'https://arxiv.org/abs/2301.00001' },
      ['https://papers.cool/arxiv/2301.00001'],
    ],
    [
      'a search for the selected words before the page address',
      { selectionText: 'diffusion distillation', pageUrl: 'https://arxiv.org/pdf/2302.00002' },
      ['https://papers.cool/arxiv/search?highlight=1&query=diffusion%20distillation'],
    ],
    [
      'the page address with nothing selected',
      { pageUrl: 'https://arxiv.org/pdf/2302.00002v3' },
      ['https://papers.cool/arxiv/2302.00002'],
    ],
    [
      'the frame before the page (a PDF in a frame)',
      { pageUrl: 'https://example.org/reading-group', frameUrl: 'https://openreview.net/pdf?id=NGB6YNnO5o' },
      ['https://papers.cool/venue/NGB6YNnO5o@OpenReview'],
    ],
    [
      'the page when the frame has nothing',
      { pageUrl: 'https://arxiv.org/abs/2302.00002', frameUrl: 'https://example.org/ad' },
      ['https://papers.cool/arxiv/2302.00002'],
    ],
    [
      "not the PDF viewer's internal src",
      { pageUrl: 'https://example.org/', srcUrl: 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html' },
      [],
    ],
    [
      'a whitespace selection as no selection',
      { selectionText: ' \n\t ', pageUrl: 'https://arxiv.org/abs/2302.00002' },
      ['https://papers.cool/arxiv/2302.00002'],
    ],
    ['a link of an unknown site as nothing', { linkUrl: 'https://example.org/about' }, []],
    ['nothing at all', {}, []],
    ['a javascript: link as nothing', { linkUrl: 'javascript:alert(2410.12345)' }, []],
  ])('takes %s', (_, click, expected) => {
    expect(plan(click)).toEqual(expected);
  });

  it('says what the addresses came from', () => {
    expect(planRedirect({ selectionText: '2410.12345' }, { now }).basis).toBe('selection');
    expect(planRedirect({ linkUrl: 'https://arxiv.org/abs/2410.12345' }, { now }).basis).toBe('link');
    expect(planRedirect({ selectionText: 'graph neural nets' }, { now }).basis).toBe('search');
    expect(planRedirect({ pageUrl: 'https://arxiv.org/abs/2410.12345' }, { now }).basis).toBe('page');
    expect(planRedirect({ pageUrl: 'https://example.org/' }, { now }).basis).toBe('none');
  });

  it('says what it searches for and which papers it opens', () => {
    expect(planRedirect({ selectionText: '2410.12345 and hep-th/9901001' }, { now })).toEqual({
      urls: [
        'https://papers.cool/arxiv/2410.12345',
        'https://papers.cool/arxiv/search?highlight=1&query=hep-th%2F9901001',
      ],
      basis: 'selection',
      papers: [{ branch: 'arxiv', id: '2410.12345', source: 'arxiv' }],
      searches: ['hep-th/9901001'],
    });
    expect(planRedirect({ selectionText: 'graph neural nets' }, { now })).toMatchObject({
      basis: 'search',
      papers: [],
      searches: ['graph neural nets'],
    });
  });
});

describe('planRedirect: mixing, order, duplicates, pages of 100', () => {
  it('puts arXiv and venue ids on one page each, in order of first appearance', () => {
    const selection =
      'OpenReview https://openreview.net/forum?id=NGB6YNnO5o, then arXiv:2410.12345, ACL 2024.acl-long.1, and 2409.01234v2';
    expect(plan({ selectionText: selection })).toEqual([
      'https://papers.cool/venue/NGB6YNnO5o@OpenReview,2024.acl-long.1@ACL',
      'https://papers.cool/arxiv/2410.12345,2409.01234',
    ]);
  });

  it('drops duplicates, including other versions of the same paper', () => {
    expect(
      plan({ selectionText: '2410.12345v1 2410.12345v2 arXiv:2410.12345 https://arxiv.org/abs/2410.12345' }),
    ).toEqual(['https://papers.cool/arxiv/2410.12345']);
  });

  it('splits more than 100 ids of a branch into pages of 100', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `2401.${String(i + 1).padStart(5, '0')}`);
    const urls = plan({ selectionText: ids.join(' ') });
    expect(urls.map((url) => url.split('/').pop()!.split(',').length)).toEqual([100, 100, 50]);
    expect(urls[0]).toMatch(/^https:\/\/papers\.cool\/arxiv\/2401\.00001,2401\.00002,/);
    expect(urls[2]).toMatch(/,2401\.00250$/);
  });

  it('sends old-style arXiv ids to search instead of a guessed page', () => {
    expect(plan({ selectionText: 'hep-th/9901001 and 2410.12345' })).toEqual([
      'https://papers.cool/arxiv/2410.12345',
      'https://papers.cool/arxiv/search?highlight=1&query=hep-th%2F9901001',
    ]);
  });
});

describe('planRedirect: copied text', () => {
  it.each<[string, string, string[]]>([
    ['full-width digits', 'ａｒＸｉｖ：２４１０．１２３４５', ['https://papers.cool/arxiv/2410.12345']],
    ['a zero-width space inside the id', '2410.\u200b12345', ['https://papers.cool/arxiv/2410.12345']],
    ['a soft hyphen inside the id', '2410.123\u00ad45', ['https://papers.cool/arxiv/2410.12345']],
    [
      'a non-breaking hyphen in an OpenReview id',
      'https://openreview.net/forum?id=LcF\u2011EEt8cCC',
      ['https://papers.cool/venue/LcF-EEt8cCC@OpenReview'],
    ],
    [
      'Chinese text without spaces',
      '我们参考了论文2410.12345和2409.01234中的方法',
      ['https://papers.cool/arxiv/2410.12345,2409.01234'],
    ],
    [
      'markdown',
      '* [Paper](https://arxiv.org/abs/2410.12345) ([code](https://github.com/x/y))',
      ['https://papers.cool/arxiv/2410.12345'],
    ],
    ['LaTeX', '@article{x, eprint={2410.12345}, archivePrefix={arXiv}}', ['https://papers.cool/arxiv/2410.12345']],
    [
      'HTML',
      '<a href="https://openreview.net/pdf?id=_VjQlMeSB_J">pdf</a>',
      ['https://papers.cool/venue/_VjQlMeSB_J@OpenReview'],
    ],
    ['an encoded URL', 'https://scholar.example/?q=arXiv%3A2410.12345', ['https://papers.cool/arxiv/2410.12345']],
    ['RTL marks around the id', '\u200f2410.12345\u200e', ['https://papers.cool/arxiv/2410.12345']],
  ])('reads ids in %s', (_, selectionText, expected) => {
    expect(plan({ selectionText })).toEqual(expected);
  });

  it.each([
    ['version strings', 'Python 3.10.12 and numpy 1.26.4'],
    ['dates', 'released 2023.10.15'],
    ['prices', 'costs 1234.5678'],
    ['IP addresses', 'host 192.168.2410.12345 and 10.0.0.1'],
    ['impossible months', '2313.12345'],
    ['the future', '2812.00001'],
  ])('reads no id in %s (and searches the words instead)', (_, selectionText) => {
    const urls = plan({ selectionText });
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^https:\/\/papers\.cool\/arxiv\/search\?highlight=1&query=/);
  });
});

describe('planRedirect: search', () => {
  it.each<[string, 'arxiv' | 'venue' | undefined, string]>([
    [
      'diffusion distillation',
      undefined,
      'https://papers.cool/arxiv/search?highlight=1&query=diffusion%20distillation',
    ],
    ['diffusion distillation', 'venue', 'https://papers.cool/venue/search?highlight=1&query=diffusion%20distillation'],
    [
      '  "Attention is all you need!"  ',
      'arxiv',
      'https://papers.cool/arxiv/search?highlight=1&query=Attention%20is%20all%20you%20need',
    ],
    ['a&b=c#d?e/f', 'arxiv', 'https://papers.cool/arxiv/search?highlight=1&query=a%20b%20c%20d%20e%20f'],
    [
      '大语言模型 推理',
      'arxiv',
      'https://papers.cool/arxiv/search?highlight=1&query=%E5%A4%A7%E8%AF%AD%E8%A8%80%E6%A8%A1%E5%9E%8B%20%E6%8E%A8%E7%90%86',
    ],
    ['Ｔｒａｎｓｆｏｒｍｅｒ', 'arxiv', 'https://papers.cool/arxiv/search?highlight=1&query=Transformer'],
  ])('searches %j on %s', (selectionText, searchBranch, expected) => {
    expect(plan({ selectionText }, searchBranch)).toEqual([expected]);
  });

  it.each(['', '   ', '!!! ??? ...', '— – · •', '\u200b\u200b', '😀🎉'])(
    'opens nothing for the wordless selection %j',
    (selectionText) => {
      expect(plan({ selectionText })).toEqual([]);
    },
  );
});

describe('planRedirect: odd and huge input', () => {
  it('handles a 1 MiB selection of ids and prose', () => {
    const text = 'Results in arXiv:2410.12345 beat 2409.01234v2. '.repeat(22_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(plan({ selectionText: text })).toEqual(['https://papers.cool/arxiv/2410.12345,2409.01234']);
  });

  it('reads an 8-million-character OpenReview id as no id, without overflowing the regular expression stack', () => {
    const link = `https://openreview.net/forum?id=${'a'.repeat(8_000_000)}`;
    expect(plan({ selectionText: `${link} https://openreview.net/forum?id=NGB6YNnO5o` })).toEqual([
      'https://papers.cool/venue/NGB6YNnO5o@OpenReview',
    ]);
    expect(plan({ linkUrl: link })).toEqual([]);
  });

  it('handles lone surrogates and control characters', () => {
    expect(plan({ selectionText: '\ud800 2410.12345 \udfff\u0000' })).toEqual(['https://papers.cool/arxiv/2410.12345']);
    expect(plan({ selectionText: '\ud800 graph \u0000 nets' })).toEqual([
      'https://papers.cool/arxiv/search?highlight=1&query=graph%20nets',
    ]);
  });

  it('handles many thousands of distinct ids', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `2401.${String(i + 1).padStart(5, '0')}`);
    const urls = plan({ selectionText: ids.join('\n') });
    expect(urls).toHaveLength(50);
    expect(urls.flatMap((url) => url.slice('https://papers.cool/arxiv/'.length).split(','))).toEqual(ids);
  });
});

describe('planRedirect: properties', () => {
  const clickArbitrary = fc.record(
    {
      selectionText: fc.oneof(
        fc.string(),
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'binary' }),
        fc.constantFrom('2410.12345', 'hep-th/9901001 x'),
      ),
      linkUrl: fc.oneof(fc.webUrl(), fc.string()),
      pageUrl: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()),
      frameUrl: fc.webUrl(),
      srcUrl: fc.string(),
    },
    { requiredKeys: [] },
  );

  it('never throws and only returns papers.cool addresses that parse', () => {
    fc.assert(
      fc.property(clickArbitrary, (click) => {
        for (const url of planRedirect(click, { now }).urls) {
          expect(new URL(url).origin).toBe('https://papers.cool');
          expect(url.startsWith('https://papers.cool/')).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 20261123 },
    );
  });
});

describe('planRedirect: addresses inside PDF-viewer extensions', () => {
  it.each([
    // The page address of a PDF-viewer extension's viewer, and its frame address.
    [
      'chrome-extension://oemmndcbldboiebfnladdacbdfmadadm/pdf-viewer/web/viewer.html?file=https%3A%2F%2Farxiv.org%2Fpdf%2F1903.10842.pdf',
      ['https://papers.cool/arxiv/1903.10842'],
    ],
    [
      'chrome-extension://ieepebpjnkhaiioojkepfniodjmjjihl/https://arxiv.org/pdf/2410.12345',
      ['https://papers.cool/arxiv/2410.12345'],
    ],
    [
      'moz-extension://0b1c2d3e/viewer.html?file=https://openreview.net/pdf?id=LcF-EEt8cCC#page=2',
      ['https://papers.cool/venue/LcF-EEt8cCC@OpenReview'],
    ],
    // Only the address it carries is read, and only if it is a web address.
    ['chrome-extension://abc/viewer.html?title=2410.12345', []],
    ['chrome-extension://abc/viewer.html?file=chrome://settings/2410.12345', []],
    ['chrome-extension://abc/viewer.html?file=%E0%A4%A', []],
    ['chrome://settings/2410.12345', []],
  ])('reads %s', (pageUrl, urls) => {
    expect(planRedirect({ pageUrl }, { now }).urls).toEqual(urls);
    expect(planRedirect({ frameUrl: pageUrl }, { now }).urls).toEqual(urls);
  });
});

describe('planRedirect: listings', () => {
  it.each<[ClickContext, string[]]>([
    [{ pageUrl: 'https://arxiv.org/list/cs.AI/new' }, ['https://papers.cool/arxiv/cs.AI']],
    [{ linkUrl: 'https://openreview.net/group?id=ICLR.cc/2025/Conference' }, ['https://papers.cool/venue/ICLR.2025']],
    [{ pageUrl: 'https://proceedings.mlr.press/v235/' }, ['https://papers.cool/venue/ICML.2024']],
    // A paper page keeps opening its paper; a selection comes first.
    [{ pageUrl: 'https://proceedings.mlr.press/v235/smith24a.html' }, ['https://papers.cool/venue/smith24a@v235@PMLR']],
    [
      { selectionText: '2410.12345', pageUrl: 'https://arxiv.org/list/cs.AI/new' },
      ['https://papers.cool/arxiv/2410.12345'],
    ],
    // Venues papers.cool has no known listing for open nothing rather than a guessed name.
    [{ pageUrl: 'https://openreview.net/group?id=COLM.cc/2024/Conference' }, []],
  ])('opens %j as %j', (click, urls) => {
    expect(planRedirect(click, { now }).urls).toEqual(urls);
  });

  it('says which listing it opens', () => {
    expect(planRedirect({ pageUrl: 'https://arxiv.org/list/hep-th/new' }, { now })).toMatchObject({
      basis: 'page',
      papers: [],
      listing: { name: 'arXiv hep-th', feedUrl: 'https://papers.cool/arxiv/hep-th/feed' },
    });
  });
});
