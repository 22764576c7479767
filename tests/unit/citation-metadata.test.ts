// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { planFromMetadata, readCitationMetadata } from '../../utils/citation-metadata';
import { EXAMPLES_NOW } from '../../utils/sources/types';
import { citationPages } from '../fixtures/citation-pages';

const plan = (metadata: unknown) => planFromMetadata(metadata, EXAMPLES_NOW).urls;

/** Loads a page's head and body into the test document, as the page the reader runs in. */
function showPage(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceChildren(...parsed.head.childNodes);
  document.body.replaceChildren(...parsed.body.childNodes);
}

describe('readCitationMetadata', () => {
  it.each(Object.entries(citationPages))('reads the tags of a real %s page, and what they open', (_, { html }) => {
    showPage(html);
    const metadata = readCitationMetadata();
    expect(document.querySelector('title')!.textContent).toContain(metadata.title);
    const [url] = plan(metadata);
    expect(url).toMatch(/^https:\/\/papers\.cool\/(arxiv|venue)\//);
  });

  it('searches a NeurIPS paper by its title among venue papers', () => {
    showPage(citationPages['proceedings.neurips.cc'].html);
    expect(plan(readCitationMetadata())).toEqual([
      'https://papers.cool/venue/search?highlight=1&query=Neural%20Control%20of%20Sensory%20Acquisition%20The%20Vestibulo%20Ocular%20Reflex',
    ]);
  });

  it('reads property= as well as name=, resolves a relative canonical link, and reads nothing when there are no tags', () => {
    document.head.innerHTML = `
      <meta property="citation_title" content="  Attention Is All You Need ">
      <link rel="canonical" href="/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html">`;
    expect(readCitationMetadata()).toMatchObject({
      canonicalUrl: new URL(
        '/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
        document.baseURI,
      ).href,
      title: 'Attention Is All You Need',
    });
    document.head.innerHTML = '';
    expect(Object.values(readCitationMetadata()).filter(Boolean)).toEqual([]);
  });

  it('cuts a huge value', () => {
    document.head.innerHTML = `<meta name="citation_title" content="${'x'.repeat(100_000)}">`;
    expect(readCitationMetadata().title).toHaveLength(2048);
  });
});

describe('planFromMetadata', () => {
  it.each<[string, unknown, string[]]>([
    ['the arXiv id', { arxivId: '2410.12345', title: 'Some title' }, ['https://papers.cool/arxiv/2410.12345']],
    ['an arXiv DOI', { doi: '10.48550/arXiv.1706.03762' }, ['https://papers.cool/arxiv/1706.03762']],
    ['an ACL DOI, old and new', { doi: '10.18653/v1/N19-1423' }, ['https://papers.cool/venue/N19-1423@ACL']],
    ['an ACL DOI, new', { doi: '10.18653/v1/2020.acl-main.463' }, ['https://papers.cool/venue/2020.acl-main.463@ACL']],
    [
      'a PDF address of a known source',
      { pdfUrl: 'https://openreview.net/pdf?id=LcF-EEt8cCC', title: 'X' },
      ['https://papers.cool/venue/LcF-EEt8cCC@OpenReview'],
    ],
    [
      'the canonical address',
      { canonicalUrl: 'https://proceedings.mlr.press/v202/smith23a.html' },
      ['https://papers.cool/venue/smith23a@v202@PMLR'],
    ],
    [
      'the title among venue papers, for a conference paper',
      { title: 'Attention Is All You Need', conferenceTitle: 'European Conference on Computer Vision' },
      ['https://papers.cool/venue/search?highlight=1&query=Attention%20Is%20All%20You%20Need'],
    ],
    [
      'the title among arXiv papers, for a journal article',
      { doi: '10.1007/s11263-015-0816-y', title: 'ImageNet Large Scale Visual Recognition Challenge' },
      [
        'https://papers.cool/arxiv/search?highlight=1&query=ImageNet%20Large%20Scale%20Visual%20Recognition%20Challenge',
      ],
    ],
    [
      'one paper when a tag holds several',
      { arxivId: '2410.12345 2409.01234' },
      ['https://papers.cool/arxiv/2410.12345'],
    ],
  ])('opens %s', (_, metadata, urls) => {
    expect(plan(metadata)).toEqual(urls);
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['no tags', {}],
    ['a string', 'citation_title'],
    ['values of other types', { arxivId: 2410.12345, title: ['Attention'], doi: { x: 1 } }],
    ['an empty title', { title: '   ' }],
    ['a title without words', { title: '!!! ???' }],
  ])('opens nothing for %s', (_, metadata) => {
    expect(plan(metadata)).toEqual([]);
  });

  it('turns hostile values into papers.cool addresses only', () => {
    const hostile = [
      { title: '"><script>alert(1)</script>' },
      { pdfUrl: 'javascript:alert(1)//arxiv.org/abs/2410.12345' },
      { canonicalUrl: 'https://evil.example/?next=https://papers.cool.evil.example/' },
      { title: 'x'.repeat(5000), conferenceTitle: 'y' },
      { title: '\u202e\u0000\ud800 graph' },
    ];
    for (const metadata of hostile) {
      for (const url of plan(metadata)) expect(new URL(url).origin).toBe('https://papers.cool');
    }
  });
});
