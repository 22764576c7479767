// utils/papers-cool.ts: the papers.cool addresses (docs/facts.md, papers.cool: addresses).
import { describe, expect, it } from 'vitest';

import { MAX_IDS_PER_PAGE, paperPageUrls, searchUrl } from '../../utils/papers-cool';
import type { PaperRef } from '../../utils/sources';

const arxiv = (id: string): PaperRef => ({ branch: 'arxiv', id, source: 'arxiv' });
const venue = (id: string): PaperRef => ({ branch: 'venue', id, source: 'cvf' });
const arxivIds = (count: number) => Array.from({ length: count }, (_, i) => `2411.${String(i + 1).padStart(5, '0')}`);

describe('paperPageUrls', () => {
  it('puts arXiv and venue papers on separate pages, the branch seen first first', () => {
    expect(
      paperPageUrls([
        venue('NGB6YNnO5o@OpenReview'),
        arxiv('2410.12345'),
        venue('2024.acl-long.1@ACL'),
        arxiv('2409.00001'),
      ]),
    ).toEqual([
      'https://papers.cool/venue/NGB6YNnO5o@OpenReview,2024.acl-long.1@ACL',
      'https://papers.cool/arxiv/2410.12345,2409.00001',
    ]);
  });

  it(`splits each branch into pages of at most ${MAX_IDS_PER_PAGE} ids, in order`, () => {
    const ids = arxivIds(250);
    const urls = paperPageUrls([...ids.map(arxiv), venue('36963@AAAI')]);
    expect(urls.map((url) => url.split(',').length)).toEqual([100, 100, 50, 1]);
    expect(urls[0]).toBe(`https://papers.cool/arxiv/${ids.slice(0, 100).join(',')}`);
    expect(urls[2]).toBe(`https://papers.cool/arxiv/${ids.slice(200).join(',')}`);
    expect(urls[3]).toBe('https://papers.cool/venue/36963@AAAI');
  });

  it('opens nothing for no papers', () => {
    expect(paperPageUrls([])).toEqual([]);
  });

  it.each([
    // Real: CVF stems hold letters, digits, `_` and `-`; USENIX slugs `-`; OpenReview ids `-` and `_`.
    [
      'Park_SplineGS_Robust_Motion-Adaptive_Spline_from@CVPR2025@CVF',
      'Park_SplineGS_Robust_Motion-Adaptive_Spline_from@CVPR2025@CVF',
    ],
    ['xu-haichuan@usenixsecurity24@USENIX', 'xu-haichuan@usenixsecurity24@USENIX'],
    // Invented: characters a path would misread (the separator, a query, a fragment, a folder) and
    // letters outside ASCII are escaped; `@` is kept.
    ['a,b@CVPR2025@CVF', 'a%2Cb@CVPR2025@CVF'],
    ['a?x=1#top/b@CVPR2025@CVF', 'a%3Fx%3D1%23top%2Fb@CVPR2025@CVF'],
    ['Müller_Title@CVPR2025@CVF', 'M%C3%BCller_Title@CVPR2025@CVF'],
    ['Emoji_\u{1F600}@CVPR2025@CVF', 'Emoji_%F0%9F%98%80@CVPR2025@CVF'],
    // Half a surrogate pair (copied text can carry one) becomes U+FFFD instead of a URIError.
    ['Cut_\uD83D@CVPR2025@CVF', 'Cut_%EF%BF%BD@CVPR2025@CVF'],
    ['\uDE00Cut@CVPR2025@CVF', '%EF%BF%BDCut@CVPR2025@CVF'],
  ])('writes the venue id %j into the path as %s', (id, path) => {
    const [url] = paperPageUrls([venue(id)]);
    expect(url).toBe(`https://papers.cool/venue/${path}`);
    expect(new URL(url).pathname).toBe(`/venue/${path}`);
  });

  it('escapes only the odd id on a page of safe ones', () => {
    expect(paperPageUrls([venue('36963@AAAI'), venue('a b@CVPR2025@CVF'), venue('267@2026@IJCAI')])).toEqual([
      'https://papers.cool/venue/36963@AAAI,a%20b@CVPR2025@CVF,267@2026@IJCAI',
    ]);
  });
});

describe('searchUrl', () => {
  it.each([
    ['graph neural networks', 'arxiv', 'https://papers.cool/arxiv/search?highlight=1&query=graph%20neural%20networks'],
    ['mixture of experts', 'venue', 'https://papers.cool/venue/search?highlight=1&query=mixture%20of%20experts'],
    ['hep-th/9901001', 'arxiv', 'https://papers.cool/arxiv/search?highlight=1&query=hep-th%2F9901001'],
    // Characters that would end or split the query are escaped, and words of any script kept.
    ['a&highlight=0#x+y', 'arxiv', 'https://papers.cool/arxiv/search?highlight=1&query=a%26highlight%3D0%23x%2By'],
    [
      '扩散 蒸馏',
      'venue',
      'https://papers.cool/venue/search?highlight=1&query=%E6%89%A9%E6%95%A3%20%E8%92%B8%E9%A6%8F',
    ],
  ] as const)('searches %j on the %s branch', (query, branch, url) => {
    expect(searchUrl(query, branch)).toBe(url);
    expect(new URL(url).searchParams.get('query')).toBe(query);
    expect(new URL(url).searchParams.get('highlight')).toBe('1');
  });
});
