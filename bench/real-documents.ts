/**
 * Benchmark inputs shaped like the documents researchers select from (issue 13): an awesome list,
 * a Chinese paper list, a BibTeX file and a LaTeX .bbl. Every link and id mention in them is a row
 * of the corpus of real link forms (tests/fixtures/real-links/links.tsv, where each was seen); only
 * the words around them are generic. They carry what real documents carry and the ASCII inputs
 * don't: en dashes, curly quotes, emoji, `%2C`, CJK text and full-width punctuation, LaTeX escapes.
 */
import { readFileSync } from 'node:fs';

const DOCUMENT_SIZE = 1.5 * (1 << 20);

/** `piece(1)`, `piece(2)`, … joined until the text is `size` characters or more. */
function repeatTo(size: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 1; length < size; i++) {
    const next = piece(i);
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

interface CorpusRow {
  repo: string;
  text: string;
  /** The form tag of the corpus (`arxiv-abs`, `cvf-new-dblslash`, …). */
  form: string;
}

// Read at run time from the repository root (npm scripts run there), like the corpus test does.
const corpus: CorpusRow[] = readFileSync('tests/fixtures/real-links/links.tsv', 'utf8')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [repo, , text, expected, note] = line.split('\t');
    return { repo, text, form: expected === '-' ? 'not-an-id' : note.split(/[ ;]/)[0] };
  })
  .filter((row) => row.form !== 'not-an-id');

const isAddress = (row: CorpusRow) => row.text.includes('://');
const isDoi = (row: CorpusRow) => /^10\.\d{4,5}\//.test(row.text);
const isArxivPrefix = (row: CorpusRow) => /^arXiv:/i.test(row.text);
const isEprintField = (row: CorpusRow) => /^eprint\s*=/.test(row.text);
const isBareInProse = (row: CorpusRow) => row.form === 'bare' || row.form === 'arxiv-bracket';

/**
 * The rows a document shows, cycled until the document is full, in a shuffled order (fixed by
 * `seed`) so different sources and repositories sit next to each other, as in real lists.
 */
function cycle(rows: CorpusRow[], seed: number): (i: number) => CorpusRow {
  const shuffled = [...rows];
  let state = seed;
  for (let i = shuffled.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return (i) => shuffled[i % shuffled.length];
}

const VENUES: Record<string, string> = {
  arxiv: 'arXiv',
  openreview: 'ICLR',
  acl: 'ACL',
  cvf: 'CVPR',
  iccvw: 'ICCV Workshops',
  eccvw: 'ECCV Workshops',
  wacvw: 'WACV Workshops',
  pmlr: 'ICML',
  aaai: 'AAAI',
  ijcai: 'IJCAI',
  usenix: 'USENIX Security',
  zhihu: 'arXiv',
  google: 'CVPR',
};
const venueOf = (row: CorpusRow) => VENUES[row.form.split('-')[0]] ?? 'arXiv';
const yearOf = (i: number) => 2015 + (i % 11);

const TITLE_WORDS = (
  'scaling sparse mixtures of experts for long context language models with retrieval augmented ' +
  'generation graph neural networks contrastive learning of visual representations efficient ' +
  'transformers diffusion policies offline reinforcement learning federated optimisation under ' +
  'label noise robust point cloud segmentation'
).split(' ');

function title(i: number): string {
  const words = Array.from({ length: 4 + (i % 6) }, (_, k) => TITLE_WORDS[(i * 7 + k * 3) % TITLE_WORDS.length]);
  return words.map((word, k) => (k === 0 || word.length > 3 ? word[0].toUpperCase() + word.slice(1) : word)).join(' ');
}

const SURNAMES = ['Müller', 'Zhang', 'García', 'Smith', 'Kowalski', 'Nguyễn', 'Ødegaard', 'Wang', 'Dubois', 'Tanaka'];
const EMOJI = ['🔥', '⭐', '📄', '🚀', '✨'];
const QUOTES = ['a strong baseline', 'simple yet effective', 'state of the art on five benchmarks', 'no extra data'];

/** An awesome list in Markdown: `- [Title](URL) – Venue 2023 “quote”`, with code links, badges and emoji. */
function awesomeList(): string {
  const rowAt = cycle(
    corpus.filter((row) => isAddress(row) || isArxivPrefix(row) || isDoi(row) || isBareInProse(row)),
    7,
  );
  return repeatTo(DOCUMENT_SIZE, (i) => {
    const row = rowAt(i);
    const heading = i % 40 === 1 ? `\n## ${venueOf(row)} ${yearOf(i)}\n\n` : '';
    const quote = i % 3 === 0 ? ` “${QUOTES[i % QUOTES.length]}”` : '';
    const emoji = i % 5 === 0 ? ` ${EMOJI[i % EMOJI.length]}` : '';
    const code =
      i % 2 === 0
        ? ` [[code](https://github.com/${row.repo})] ![GitHub stars](https://img.shields.io/github/stars/${row.repo}?style=social)`
        : '';
    const scholar =
      i % 7 === 0 ? ` [[scholar](https://scholar.google.com/scholar?q=${title(i).replace(/ /g, '%2C+')})]` : '';
    const paper = isAddress(row) ? `[${title(i)}](${row.text})` : `${title(i)}, ${row.text}`;
    return `${heading}- ${paper} – ${venueOf(row)} ${yearOf(i)}${quote}${emoji}${code}${scholar}\n`;
  });
}

const CJK_CLAIMS = [
  '本文提出了一种高效的方法，在多个基准上取得了最好的结果',
  '作者通过大量实验验证了该方法的有效性（包括消融实验）',
  '该工作首次将扩散模型用于点云补全，并开源了代码',
  '这篇论文讨论了长上下文建模中的注意力稀疏性问题',
];

/** A Chinese paper list: CJK text and full-width punctuation right around the links, no spaces there. */
function chinesePaperList(): string {
  const rowAt = cycle(
    corpus.filter((row) => isAddress(row) || isArxivPrefix(row) || isBareInProse(row)),
    11,
  );
  return repeatTo(DOCUMENT_SIZE, (i) => {
    const row = rowAt(i);
    const claim = CJK_CLAIMS[i % CJK_CLAIMS.length];
    const heading = i % 50 === 1 ? `\n### ${yearOf(i)}年${venueOf(row)}论文\n\n` : '';
    if (i % 4 === 3) return `${heading}${claim}，详见${row.text}。相关讨论：https://github.com/${row.repo}（已开源）。`;
    const code = i % 2 === 0 ? `，代码：https://github.com/${row.repo}` : '';
    return `${heading}${i}.【${venueOf(row)} ${yearOf(i)}】《${title(i)}》：${claim}。论文链接：${row.text}${code}${i % 5 === 0 ? EMOJI[i % EMOJI.length] : ''}\n`;
  });
}

const BOOKTITLES: Record<string, string> = {
  ICLR: 'International Conference on Learning Representations',
  ACL: 'Proceedings of the Annual Meeting of the Association for Computational Linguistics',
  CVPR: 'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
  ICML: 'Proceedings of the International Conference on Machine Learning',
  AAAI: 'Proceedings of the AAAI Conference on Artificial Intelligence',
  IJCAI: 'Proceedings of the International Joint Conference on Artificial Intelligence, {IJCAI-23}',
  'USENIX Security': '32nd USENIX Security Symposium (USENIX Security 23)',
};

function authors(i: number, separator: string): string[] {
  return [0, 1, 2].map((k) => `${SURNAMES[(i + k * 3) % SURNAMES.length]}${separator}${'ABCDEFGHJK'[(i + k) % 10]}.`);
}

/** A BibTeX file: one entry per corpus row, the row as its url, doi, eprint or journal field. */
function bibtex(): string {
  const rowAt = cycle(
    corpus.filter((row) => !row.form.startsWith('arxiv-sphinx')),
    13,
  );
  return repeatTo(DOCUMENT_SIZE, (i) => {
    const row = rowAt(i);
    const venue = venueOf(row);
    const year = yearOf(i);
    const field = isEprintField(row)
      ? `  ${row.text},\n  archivePrefix = {arXiv},\n`
      : isDoi(row)
        ? `  doi       = {${row.text}},\n`
        : isArxivPrefix(row)
          ? `  journal   = {arXiv preprint ${row.text}},\n`
          : isBareInProse(row)
            ? `  note      = {${row.text}},\n`
            : `  url       = {${row.text}},\n`;
    const kind = venue === 'arXiv' ? 'article' : 'inproceedings';
    const container = venue === 'arXiv' ? '' : `  booktitle = {${BOOKTITLES[venue] ?? venue}},\n`;
    // Exports from reference managers write Unicode: en dashes in pages, curly quotes in abstracts.
    const pages = i % 3 === 0 ? `${100 + (i % 900)}–${110 + (i % 900)}` : `${100 + (i % 900)}--${110 + (i % 900)}`;
    const abstract =
      i % 4 === 0
        ? `  abstract  = {We study “${QUOTES[i % QUOTES.length]}” methods – and show gains of 3.2\\% on average.},\n`
        : '';
    return (
      `@${kind}{${TITLE_WORDS[i % TITLE_WORDS.length]}${year}key${i},\n` +
      `  title     = {{${title(i)}}},\n  author    = {${authors(i, ', ').join(' and ')}},\n${container}` +
      `${field}  pages     = {${pages}},\n  year      = {${year}},\n${abstract}}\n\n`
    );
  });
}

/** LaTeX's escape of `_` in text; the corpus has OpenReview ids copied with it from LaTeX. */
const escapeUnderscores = (text: string) => text.replace(/_/g, '\\_');

/** A natbib .bbl: \bibitem, \newblock, \url{}, escaped `\_` in text, `~` and `--`. */
function bbl(): string {
  const rowAt = cycle(
    corpus.filter((row) => isAddress(row) || isArxivPrefix(row) || isDoi(row)),
    17,
  );
  const entries = repeatTo(DOCUMENT_SIZE, (i) => {
    const row = rowAt(i);
    const venue = venueOf(row);
    const year = yearOf(i);
    const [first, second, third] = authors(i, ' ').map((name) => name.split(' ').reverse().join('~'));
    const where =
      venue === 'arXiv'
        ? '\\newblock \\emph{arXiv preprint}'
        : `\\newblock In \\emph{${BOOKTITLES[venue] ?? venue}}, pages ${i % 900}--${10 + (i % 900)}`;
    const link = isArxivPrefix(row)
      ? `\\newblock \\emph{arXiv preprint ${row.text}}`
      : isDoi(row)
        ? `\\newblock \\doi{${row.text}}`
        : row.form.startsWith('openreview')
          ? `\\newblock URL ${escapeUnderscores(row.text)}`
          : `\\newblock \\url{${row.text}}`;
    const code = i % 3 === 0 ? `\n\\newblock Code: \\texttt{github.com/${escapeUnderscores(row.repo)}}.` : '';
    return (
      `\\bibitem[{${SURNAMES[i % SURNAMES.length]} et~al.(${year})}]{key${i}}\n${first}, ${second}, and ${third}.\n` +
      `\\newblock ${title(i)}.\n${where}, ${year}.\n${link}.${code}\n\n`
    );
  });
  return `\\begin{thebibliography}{100}\n\\providecommand{\\url}[1]{\\texttt{#1}}\n\n${entries}\\end{thebibliography}\n`;
}

/** The real-document inputs, by name. */
export const REAL_DOCUMENTS: [string, string][] = [
  ['awesome list (Markdown)', awesomeList()],
  ['Chinese paper list', chinesePaperList()],
  ['BibTeX file', bibtex()],
  ['LaTeX .bbl', bbl()],
];
