// @vitest-environment happy-dom
// utils/inline/links.ts: the links every site gets, and "open all".
import { describe, expect, it } from 'vitest';

import { createCoolPapersLink, createOpenAllLinks, hasCoolPapersLink, MARKER } from '../../utils/inline/links';
import type { PaperRef } from '../../utils/sources';
import { page } from '../support/inline-page';

const arxivPapers = (count: number): PaperRef[] =>
  Array.from({ length: count }, (_, i) => ({
    branch: 'arxiv',
    id: `2411.${String(i + 1).padStart(5, '0')}`,
    source: 'arxiv',
  }));

describe('createCoolPapersLink', () => {
  it('opens in a new tab without handing the page to papers.cool, and carries the marker', () => {
    const doc = page('<p></p>');
    const link = createCoolPapersLink(doc, 'https://papers.cool/arxiv/2410.12345', {
      text: 'Cool Papers',
      title: 'Read on Cool Papers',
      className: 'abs-button',
    });
    expect(link.outerHTML).toBe(
      `<a href="https://papers.cool/arxiv/2410.12345" target="_blank" rel="noopener" title="Read on Cool Papers" class="abs-button" ${MARKER}="paper">Cool Papers</a>`,
    );
  });

  it('writes text as text: markup in a label stays visible characters', () => {
    const doc = page('<p></p>');
    const link = createCoolPapersLink(doc, 'https://papers.cool/arxiv/2410.12345', { text: '<b>cool</b>' });
    expect(link.textContent).toBe('<b>cool</b>');
    expect(link.children).toHaveLength(0);
    expect(link.hasAttribute('title')).toBe(false);
  });
});

describe('finding our links', () => {
  it('tells our links by kind', () => {
    const doc = page('<div id="box"><a href="/pdf">PDF</a></div>');
    const box = doc.getElementById('box')!;
    expect(hasCoolPapersLink(box)).toBe(false);
    box.append(createCoolPapersLink(doc, 'https://papers.cool/arxiv/2410.12345', { text: 'cool' }));
    expect(hasCoolPapersLink(box)).toBe(true);
    expect(hasCoolPapersLink(box, 'all')).toBe(false);
    box.append(createOpenAllLinks(doc, arxivPapers(2), 'Open all 2'));
    expect(hasCoolPapersLink(box, 'all')).toBe(true);
  });
});

describe('createOpenAllLinks', () => {
  it('is one link when the papers fit one papers.cool page', () => {
    const holder = createOpenAllLinks(page(''), arxivPapers(100), 'Open all 100');
    const links = [...holder.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).toEqual(['Open all 100']);
    expect(links[0].getAttribute('href')!.split(',')).toHaveLength(100);
  });

  it('is a label and one link per page of 100, named by the entries each opens', () => {
    const holder = createOpenAllLinks(page(''), arxivPapers(201), 'Open all 201');
    expect(holder.textContent).toBe('Open all 201: 1–100 · 101–200 · 201–201');
    const links = [...holder.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href')!.split(',').length)).toEqual([100, 100, 1]);
    expect(links[2].getAttribute('href')).toBe('https://papers.cool/arxiv/2411.00201');
    expect(links.every((link) => link.getAttribute(MARKER) === 'all')).toBe(true);
  });
});
