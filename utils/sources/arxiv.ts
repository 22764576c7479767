import { scanMentions } from './scan';
import type { Mention, PaperSource } from './types';

// New-scheme id (YYMM.NNNN or YYMM.NNNNN, optional version). The look-arounds keep it from being
// cut out of longer numbers, version strings (v2023.1234), IP addresses and prices.
const NEW_ID =
  /(?<![0-9A-Za-z$€£¥])(?<!\d\.)(\d\d)(\d\d)\.(\d{4,5})(?:v\d+)?(?![0-9A-Za-z])(?!\.\d)/g;

// Old-scheme archives (before April 2007); ids look like hep-th/9901001 or math.GT/0309136.
const OLD_ARCHIVES =
  'acc-phys|adap-org|alg-geom|ao-sci|astro-ph|atom-ph|bayes-an|chao-dyn|chem-ph|cmp-lg|comp-gas|' +
  'cond-mat|cs|dg-ga|funct-an|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|math|mtrl-th|nlin|' +
  'nucl-ex|nucl-th|patt-sol|physics|plasm-ph|q-alg|q-bio|quant-ph|solv-int|supr-con';
const OLD_ID = new RegExp(
  `(?<![0-9A-Za-z.-])((?:${OLD_ARCHIVES})(?:\\.[A-Za-z]+(?:-[A-Za-z]+)?)?)/(\\d\\d)(\\d\\d)(\\d{3})(?:v\\d+)?(?![0-9A-Za-z])`,
  'g',
);

/** Whether YYMM.number is an id arXiv could have issued by `now`. */
export function isValidNewArxivId(yy: number, mm: number, number: string, now: Date): boolean {
  const yymm = yy * 100 + mm;
  const nowYymm = (now.getUTCFullYear() % 100) * 100 + now.getUTCMonth() + 1;
  if (mm < 1 || mm > 12 || yymm < 704 || yymm > nowYymm) return false;
  // Four-digit numbers until 1412, five-digit from 1501 on.
  const digits = yymm <= 1412 ? 4 : 5;
  return number.length === digits && Number(number) > 0;
}

function isValidOldArxivId(yy: number, mm: number): boolean {
  // The old scheme ran from August 1991 to March 2007.
  const year = yy >= 91 ? 1900 + yy : 2000 + yy;
  return mm >= 1 && mm <= 12 && year >= 1991 && (year < 2007 || (year === 2007 && mm <= 3));
}

function findArxivMentions(text: string, now: Date): Mention[] {
  const newIds = scanMentions(text, NEW_ID, ([, yy, mm, number]) =>
    isValidNewArxivId(Number(yy), Number(mm), number, now)
      ? { paper: { branch: 'arxiv', id: `${yy}${mm}.${number}`, source: 'arxiv' } }
      : undefined,
  );
  const oldIds = scanMentions(text, OLD_ID, ([, archive, yy, mm, number]) =>
    isValidOldArxivId(Number(yy), Number(mm))
      ? { searchQuery: `${archive}/${yy}${mm}${number}` }
      : undefined,
  );
  return [...newIds, ...oldIds];
}

const HOST_PATHS = [
  ...['abs', 'pdf', 'html', 'format', 'src'].map((path) => `*://*.arxiv.org/${path}/*`),
  '*://*.ar5iv.org/abs/*',
  '*://*.ar5iv.org/html/*',
  '*://*.alphaxiv.org/abs/*',
  '*://*.alphaxiv.org/overview/*',
  '*://huggingface.co/papers/*',
];

export const arxivSource: PaperSource = {
  name: 'arxiv',
  label: 'arXiv',
  branch: 'arxiv',
  findMentions: findArxivMentions,
  paperPagePatterns: HOST_PATHS,
  examples: [
    { input: '2410.12345', expected: ['2410.12345'] },
    { input: 'arXiv:2410.12345v2', expected: ['2410.12345'] },
    { input: 'arXiv: 2410.12345v3 [cs.CL]', expected: ['2410.12345'] },
    { input: '[2410.12345]', expected: ['2410.12345'] },
    { input: 'https://doi.org/10.48550/arXiv.2410.12345', expected: ['2410.12345'] },
    { input: 'https://arxiv.org/abs/2410.12345v1', expected: ['2410.12345'] },
    { input: 'https://arxiv.org/pdf/2410.12345', expected: ['2410.12345'] },
    { input: 'https://arxiv.org/pdf/2410.12345v2.pdf', expected: ['2410.12345'] },
    { input: 'https://www.arxiv.org/html/2501.00001v1', expected: ['2501.00001'] },
    { input: 'https://export.arxiv.org/format/2410.12345', expected: ['2410.12345'] },
    { input: 'https://arxiv.org/src/2410.12345', expected: ['2410.12345'] },
    { input: 'https://ar5iv.labs.arxiv.org/html/1706.03762', expected: ['1706.03762'] },
    { input: 'https://ar5iv.org/abs/1810.04805', expected: ['1810.04805'] },
    { input: 'https://www.alphaxiv.org/abs/2502.13923', expected: ['2502.13923'] },
    { input: 'https://alphaxiv.org/overview/2502.13923v2', expected: ['2502.13923'] },
    { input: 'https://huggingface.co/papers/2406.04692', expected: ['2406.04692'] },
    { input: 'https://papers.cool/arxiv/2410.12345,2409.00001', expected: ['2410.12345', '2409.00001'] },
    { input: '0704.0001 is the first new-style id', expected: ['0704.0001'] },
    { input: 'Attention (1412.6980) and ResNet (1512.03385)', expected: ['1412.6980', '1512.03385'] },
    { input: '见2410.12345的第三节', expected: ['2410.12345'] },
    { input: '\\cite{2410.12345} and \\href{https://arxiv.org/abs/2311.00001}{x}', expected: ['2410.12345', '2311.00001'] },
    { input: '[paper](https://arxiv.org/abs/2410.12345)', expected: ['2410.12345'] },
    { input: 'paper_2410.12345.pdf', expected: ['2410.12345'] },
    { input: 'hep-th/9901001', expected: ['search:hep-th/9901001'] },
    { input: 'https://arxiv.org/abs/math.GT/0309136v2', expected: ['search:math.GT/0309136'] },
    { input: 'cond-mat.str-el/0501001', expected: ['search:cond-mat.str-el/0501001'] },
    // Not ids: versions, dates, prices, impossible months, wrong digit counts, the future.
    { input: 'Python 3.10.12', expected: [] },
    { input: 'release v2023.1234', expected: [] },
    { input: 'on 2023.10.15', expected: [] },
    { input: 'costs 1234.5678 dollars', expected: [] },
    { input: 'price $1201.5678', expected: [] },
    { input: '2313.12345', expected: [] },
    { input: '2400.12345', expected: [] },
    { input: '1312.12345', expected: [] },
    { input: '2410.1234', expected: [] },
    { input: '2410.123456', expected: [] },
    { input: '12410.12345', expected: [] },
    { input: '2410.12345.7', expected: [] },
    { input: '10.2410.12345', expected: [] },
    { input: '0612.1234', expected: [] },
    { input: '2410.00000', expected: [] },
    { input: '2712.12345', expected: [] },
    { input: '2410.12345abc', expected: [] },
    { input: 'hep-th/9913001', expected: [] },
    { input: 'hep-th/0801001', expected: [] },
  ],
};
