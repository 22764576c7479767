/** Benchmark inputs: 1 MiB texts shaped like what researchers really select. */
import { listingId } from '../tests/fixtures/arxiv-listing';

const MIB = 1 << 20;

export function repeatTo(size: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 1; length < size; i++) {
    const next = piece(i);
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

/** The text of an arXiv listing page as selected with Ctrl+A (each entry's id once). */
export const listingText = repeatTo(
  MIB,
  (i) =>
    `[${i}] arXiv:${listingId(i)} [pdf, html, other]\nTitle: Scaling Laws for Sparse Mixtures, Part ${i}\n` +
    `Authors: Zoë Müller, Richard Roe, Wei Zhang\nComments: 12 pages, 3 figures, accepted at NeurIPS 2024\n` +
    `Subjects: Computation and Language (cs.CL); Machine Learning (cs.LG)\n`,
);

/**
 * The HTML of a 2024+ arXiv listing entry (docs/facts.md, Paper sites: arXiv listing), as when a
 * page's source is selected.
 */
export const listingHtml = repeatTo(MIB, (i) => {
  const id = listingId(i);
  return (
    `<dt><a name="item${i}">[${i}]</a>&nbsp;<a href ="/abs/${id}" title="Abstract" id="${id}">arXiv:${id}</a> ` +
    `[<a href="/pdf/${id}" title="Download PDF" id="pdf-${id}" aria-labelledby="pdf-${id}">pdf</a>, ` +
    `<a href="https://arxiv.org/html/${id}v1" title="View HTML" id="html-${id}" rel="noopener noreferrer">html</a>, ` +
    `<a href="/format/${id}" title="Other formats" id="oth-${id}">other</a>]</dt>\n<dd><div class='meta'>` +
    `<div class='list-title mathjax'><span class='descriptor'>Title:</span> Scaling Laws, Part ${i}</div>` +
    `<div class='list-authors'><a href="https://arxiv.org/a/muller_z_1">Zoë Müller</a></div></div></dd>\n`
  );
});

const PROSE_WORDS = (
  'we propose a method for training large language models with less data and show that it ' +
  'outperforms strong baselines on reasoning benchmarks while using a fraction of the compute'
).split(' ');

/** Paragraphs of prose with no paper id: every source reads all of it, then the words are searched. */
export const prose = repeatTo(MIB, (i) => PROSE_WORDS[(i * 7) % PROSE_WORDS.length] + (i % 17 === 0 ? '. ' : ' '));
