/**
 * Fuzzing material for `planRedirect`: a corpus of nasty inputs (built lazily: some are 10 MiB),
 * families of pathological inputs that can be built at any size (for doubling tests), and
 * fast-check arbitraries that generate whole context-menu clicks.
 *
 * Used by scripts/fuzz.ts (`npm run fuzz`: 10^5 inputs, timing checks) and tests/unit/fuzz.test.ts
 * (a small seeded slice, no timing).
 */
import fc from 'fast-check';

import type { ClickContext, PlanOptions } from '../../utils/plan-redirect';
import { EXAMPLES_NOW } from '../../utils/sources/types';

export const KIB = 1 << 10;
export const MIB = 1 << 20;

export const CLICK_FIELDS = ['selectionText', 'linkUrl', 'pageUrl', 'frameUrl', 'srcUrl'] as const;

/** One call of planRedirect. */
export interface FuzzCase {
  click: ClickContext;
  options?: PlanOptions;
}

/** Total length of a click's strings, in UTF-16 code units (the "size" timing budgets are per). */
export function clickLength(click: ClickContext): number {
  let length = 0;
  for (const field of CLICK_FIELDS) length += click[field]?.length ?? 0;
  return length;
}

/** A short, printable form of an input for failure reports (long runs are shown as repeats). */
export function describeCase(input: FuzzCase, max = 300): string {
  const parts: string[] = [];
  for (const field of CLICK_FIELDS) {
    const value = input.click[field];
    if (value !== undefined) parts.push(`${field}: ${shortForm(value, max)}`);
  }
  const { now, searchBranch } = input.options ?? {};
  if (now) parts.push(`now: ${Number.isNaN(now.getTime()) ? 'Invalid Date' : now.toISOString()}`);
  if (searchBranch) parts.push(`searchBranch: ${searchBranch}`);
  return `{ ${parts.join(', ')} }`;
}

/** A JS string literal of the text, ASCII only (invisible and non-ASCII characters as \uXXXX escapes). */
export function literal(text: string): string {
  return JSON.stringify(text).replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** ASCII literals of the text, with long repetitions folded into `"unit".repeat(n)` and the middle cut if still long. */
export function shortForm(text: string, max = 300): string {
  // Fold the longest-paying repeated unit (up to 40 code units) in a few greedy passes.
  const folded: string[] = [];
  let i = 0;
  let plain = '';
  while (i < text.length) {
    let best: { unit: number; count: number } | undefined;
    for (let unit = 1; unit <= 40 && i + 2 * unit <= text.length; unit++) {
      const piece = text.slice(i, i + unit);
      let count = 1;
      while (text.startsWith(piece, i + count * unit)) count++;
      if (count * unit >= 64 && (!best || count * unit > best.count * best.unit)) best = { unit, count };
    }
    if (best) {
      if (plain) folded.push(literal(plain));
      plain = '';
      folded.push(`${literal(text.slice(i, i + best.unit))}.repeat(${best.count})`);
      i += best.unit * best.count;
    } else {
      plain += text[i];
      i++;
    }
    if (folded.length > 50 || plain.length > max) {
      if (plain) folded.push(literal(plain));
      plain = '';
      if (i < text.length) folded.push(`… (${text.length - i} more code units)`);
      break;
    }
  }
  if (plain) folded.push(literal(plain));
  const out = folded.join(' + ') || '""';
  return out.length <= max ? out : `${out.slice(0, max / 2)} … ${out.slice(-max / 2)} [${text.length} code units]`;
}

// ---------------------------------------------------------------------------
// Unicode: samples of every general category
// ---------------------------------------------------------------------------

export const GENERAL_CATEGORIES = [
  'Lu',
  'Ll',
  'Lt',
  'Lm',
  'Lo', // letters
  'Mn',
  'Mc',
  'Me', // marks
  'Nd',
  'Nl',
  'No', // numbers
  'Pc',
  'Pd',
  'Ps',
  'Pe',
  'Pi',
  'Pf',
  'Po', // punctuation
  'Sm',
  'Sc',
  'Sk',
  'So', // symbols
  'Zs',
  'Zl',
  'Zp', // separators
  'Cc',
  'Cf',
  'Cs',
  'Co',
  'Cn', // control, format, surrogate, private use, unassigned
] as const;
export type GeneralCategory = (typeof GENERAL_CATEGORIES)[number];

/** Code points that must be in the samples whatever the spacing picks (they matter to id readers). */
const MUST_SAMPLE: number[] = [
  // Digits of other scripts: Arabic-Indic, extended Arabic-Indic, Devanagari, Bengali, Thai,
  // full-width, mathematical bold/double-struck/monospace, Adlam, and superscript/circled (No).
  ...range(0x0660, 0x0669),
  ...range(0x06f0, 0x06f9),
  ...range(0x0966, 0x096f),
  ...range(0x09e6, 0x09ef),
  ...range(0x0e50, 0x0e59),
  ...range(0xff10, 0xff19),
  ...range(0x1d7ce, 0x1d7d7),
  ...range(0x1d7d8, 0x1d7e1),
  ...range(0x1d7f6, 0x1d7ff),
  ...range(0x1e950, 0x1e959),
  0x00b2,
  0x00b3,
  0x00b9,
  0x2070,
  0x2074,
  0x2460,
  0x2488,
  // Full-width punctuation and letters that NFKC folds to ASCII.
  0xff0e,
  0xff0f,
  0xff1a,
  0xff1f,
  0xff1d,
  0xff06,
  0xff05,
  0xff20,
  0xff41,
  0xff21,
  0xff3b,
  0xff3d,
  0x3002,
  0xfe52,
  // Invisible and direction-changing format characters.
  0x00ad,
  0x061c,
  0x180e,
  0x200b,
  0x200c,
  0x200d,
  0x200e,
  0x200f,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2060,
  0x2061,
  0x2062,
  0x2063,
  0x2064,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
  0xfeff,
  0xfff9,
  0xfffa,
  0xfffb,
  0xe0001,
  0xe0041,
  // Hyphens and dashes, dots that look like '.', slashes that look like '/'.
  0x2010,
  0x2011,
  0x2012,
  0x2013,
  0x2014,
  0x2212,
  0xfe63,
  0xff0d,
  0x2024,
  0x2027,
  0x00b7,
  0x2215,
  0x2044,
  0x29f8,
  // Separators and odd whitespace.
  0x00a0,
  0x1680,
  0x2000,
  0x2007,
  0x200a,
  0x2028,
  0x2029,
  0x202f,
  0x205f,
  0x3000,
  0x0085,
  // Controls, private use, surrogates (lone), non-characters, replacement character.
  0x0000,
  0x0007,
  0x0008,
  0x001b,
  0x007f,
  0x009f,
  0xe000,
  0xf8ff,
  0xf0000,
  0x10fffd,
  0xd800,
  0xdbff,
  0xdc00,
  0xdfff,
  0xfdd0,
  0xfffe,
  0xffff,
  0x1fffe,
  0x10ffff,
  0xfffd,
  // Marks that combine with digits and letters, including enclosing ones.
  0x0300,
  0x0301,
  0x0316,
  0x0334,
  0x0338,
  0x20dd,
  0x20e3,
  0x0489,
  0x093f,
  0x0e31,
  // Compatibility characters that expand a lot under NFKC.
  0xfdfa,
  0xfdfb,
  0x3316,
  0x33af,
  0x2474,
  0x1f12f,
  0xfb2c,
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

let categoryPools: Record<GeneralCategory, string[]> | undefined;

/**
 * Up to ~300 sample characters of every general category (lone surrogates included), found by
 * scanning the BMP fully and the supplementary planes in steps. Built once (~0.1 s).
 */
export function categorySamples(): Record<GeneralCategory, string[]> {
  if (categoryPools) return categoryPools;
  const tests = GENERAL_CATEGORIES.map((category) => [category, new RegExp(`^\\p{gc=${category}}$`, 'u')] as const);
  const found = Object.fromEntries(GENERAL_CATEGORIES.map((category) => [category, [] as number[]])) as Record<
    GeneralCategory,
    number[]
  >;
  const must = new Set(MUST_SAMPLE);
  const categoryOf = (codePoint: number) => {
    const text = String.fromCodePoint(codePoint);
    return tests.find(([, test]) => test.test(text))?.[0];
  };
  for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += codePoint < 0x10000 ? 1 : 61) {
    const category = categoryOf(codePoint);
    if (category) found[category].push(codePoint);
  }
  const pools = {} as Record<GeneralCategory, string[]>;
  for (const category of GENERAL_CATEGORIES) {
    const all = found[category];
    const step = Math.max(1, Math.floor(all.length / 256));
    const picked = new Set(all.filter((codePoint, i) => i % step === 0 || must.has(codePoint)));
    pools[category] = [...picked].map((codePoint) => String.fromCodePoint(codePoint));
  }
  for (const codePoint of must) {
    const category = categoryOf(codePoint);
    const char = String.fromCodePoint(codePoint);
    if (category && !pools[category].includes(char)) pools[category].push(char);
  }
  for (const category of GENERAL_CATEGORIES) {
    if (pools[category].length === 0) throw new Error(`no sample characters for category ${category}`);
  }
  categoryPools = pools;
  return pools;
}

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/** Months arXiv's five-digit numbers were issued in, from 1501 up to the month of EXAMPLES_NOW. */
const FIVE_DIGIT_MONTHS: string[] = [];
const LAST_YYMM = (EXAMPLES_NOW.getUTCFullYear() % 100) * 100 + EXAMPLES_NOW.getUTCMonth() + 1;
for (let yy = 15; yy * 100 + 1 <= LAST_YYMM; yy++) {
  for (let mm = 1; mm <= 12; mm++)
    if (yy * 100 + mm <= LAST_YYMM) FIVE_DIGIT_MONTHS.push(`${yy}${String(mm).padStart(2, '0')}`);
}

/** The i-th of a long sequence of distinct valid new-scheme arXiv ids. */
export function distinctArxivId(i: number): string {
  const month = FIVE_DIGIT_MONTHS[i % FIVE_DIGIT_MONTHS.length];
  const number = 1 + Math.floor(i / FIVE_DIGIT_MONTHS.length);
  return `${month}.${String(number).padStart(5, '0')}`;
}

/** The i-th of a sequence of distinct venue paper mentions of every venue source. */
export function distinctVenueMention(i: number): string {
  const forum = `F${i.toString(36).padStart(9, '_')}`;
  switch (i % 7) {
    case 0:
      return `https://openreview.net/forum?id=${forum}`;
    case 1:
      return `2024.acl-v${i.toString(36)}.${1 + (i % 999)}`;
    case 2:
      return `https://www.ijcai.org/proceedings/2024/${1 + (i % 9999)}`;
    case 3:
      return `https://proceedings.mlr.press/v${1 + (i % 300)}/smith${i}a.html`;
    case 4:
      return `https://ojs.aaai.org/index.php/AAAI/article/view/${30000 + i}`;
    case 5:
      return `https://openaccess.thecvf.com/content/CVPR2025/html/Author${i}_Title_CVPR_2025_paper.html`;
    default:
      return `https://www.usenix.org/conference/osdi24/presentation/author-${i}`;
  }
}

const PROSE =
  'We propose a method for training large language models with less data and show that it outperforms strong ' +
  'baselines on reasoning benchmarks (see Table 3, p. 12) while using 1.5x less compute; version 3.10.12 of the ' +
  'code, released 2023.10.15 for $1201.5678, runs on 10.0.0.1. ';

/** Prose paragraphs of ~1 KiB, each with an arXiv id in a different dress and sometimes a venue id. */
export function proseWithIds(paragraphs: number): string {
  const dresses = [
    (id: string) => `arXiv:${id}`,
    (id: string) => `[${id}]`,
    (id: string) => `https://arxiv.org/abs/${id}v2`,
    (id: string) => `(${id})`,
    (id: string) => `10.48550/arXiv.${id}`,
    (id: string) => `见${id}的第三节`,
  ];
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const id = distinctArxivId(i);
    parts.push(PROSE, dresses[i % dresses.length](id), ' ', PROSE, PROSE);
    if (i % 5 === 0) parts.push(distinctVenueMention(i), ' ');
    parts.push(PROSE.slice(0, 200 + (i % 50)), '\n\n');
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------
// Pathological families (buildable at any size, for doubling tests)
// ---------------------------------------------------------------------------

export interface PathologicalFamily {
  name: string;
  /** The text with `n` repetitions of the family's unit. */
  build(n: number): string;
  /** `n` of the corpus entry (the size the brief names, ~1 MiB unless said otherwise). */
  n: number;
  /**
   * Where the corpus puts the text: in the selection, and/or (with an `https://` prefix, empty
   * selection) in the link, frame, page and src addresses at once.
   */
  places?: Array<'selection' | 'urls'>;
  /**
   * The doubling test runs on every family, t(m), t(2m), t(4m) from m = n/2 (0.5 → 2 MiB), except
   * those marked `false`: 10 MiB inputs whose text another family already doubles at a sane size.
   */
  doubling?: false;
  /** Another start m for the doubling test, where n/2 would take too long at 4m. */
  doublingN?: number;
}

const rep = (unit: string) => (n: number) => unit.repeat(n);
const nest = (open: string, inner: string, close: string) => (n: number) => open.repeat(n) + inner + close.repeat(n);

export const PATHOLOGICAL_FAMILIES: PathologicalFamily[] = [
  // Floods of the characters every rule starts at ('.' and '/'), and of id prefixes.
  { name: 'dots', build: rep('.'), n: 1e6 },
  { name: 'slashes', build: rep('/'), n: 1e6 },
  { name: '2410. flood', build: rep('2410.'), n: 2e5 },
  { name: '/1234567 flood', build: rep('/1234567'), n: 1e5 },
  { name: '1234. flood', build: rep('1234.'), n: 2e5 },
  { name: '2410.12345 glued', build: rep('2410.12345'), n: 1e5 },
  { name: '2410.12345v flood', build: (n) => `2410.12345${'v1'.repeat(n)}`, n: 5e5 },
  { name: 'hep-th/ flood', build: rep('hep-th/'), n: 15e4 },
  { name: 'hep-th/9901001 glued', build: rep('hep-th/9901001'), n: 75e3 },
  { name: 'math.GT- archive flood', build: (n) => `math.${'GT-'.repeat(n)}/0309136`, n: 3e5 },
  { name: '2024.acl-long. flood', build: rep('2024.acl-long.'), n: 75e3 },
  { name: '2024.a-a-a… ACL volume', build: (n) => `2024.a${'-a'.repeat(n)}`, n: 5e5 },
  { name: '2024. year flood', build: rep('2024.'), n: 2e5 },
  { name: 'digits', build: rep('1'), n: 1e6 },
  { name: 'letters (one giant word)', build: rep('a'), n: 1e6 },
  { name: 'CJK run (one giant word)', build: rep('论'), n: 1e6 },
  { name: 'prose words', build: rep('attention is all you need '), n: 4e4 },
  { name: 'whitespace then id', build: (n) => `${' \n\t'.repeat(n)}2410.12345${' '.repeat(n)}`, n: 2e5 },
  // OpenReview: the v0.2.0 quadratic trap (docs/baseline-v020.md) and its relatives.
  { name: 'openreview x id=a', build: (n) => `openreview.net/${'x id=a '.repeat(n)}`, n: 15e4 },
  { name: 'openreview.net/forum? repeated', build: rep('openreview.net/forum?'), n: 5e4 },
  {
    name: 'openreview forum?& flood',
    build: (n) => `https://openreview.net/forum?${'&'.repeat(n)}id=NGB6YNnO5o`,
    n: 1e6,
  },
  {
    name: 'openreview amp; flood',
    build: (n) => `https://openreview.net/forum?${'amp;'.repeat(n)}id=NGB6YNnO5o`,
    n: 25e4,
  },
  {
    name: 'openreview noteId= flood',
    build: (n) => `https://openreview.net/forum?${'noteId=abcd&'.repeat(n)}id=NGB6YNnO5o`,
    n: 9e4,
  },
  { name: 'openreview giant id', build: (n) => `https://openreview.net/forum?id=${'a'.repeat(n)}`, n: 1e6 },
  { name: 'openreview.net/ repeated', build: rep('openreview.net/'), n: 7e4 },
  // Other venues' prefixes repeated, and prefixes followed by very long tails.
  { name: 'aclanthology.org/ repeated', build: rep('aclanthology.org/'), n: 6e4 },
  { name: 'aclweb anthology P/P17/ repeated', build: rep('aclweb.org/anthology/P/P17/'), n: 4e4 },
  { name: 'ijcai proceedings repeated', build: rep('ijcai.org/proceedings/2024/'), n: 4e4 },
  { name: 'pmlr v1/ repeated', build: rep('proceedings.mlr.press/v1/'), n: 4e4 },
  { name: 'pmlr giant slug', build: (n) => `proceedings.mlr.press/v202/${'a-'.repeat(n)}1`, n: 5e5 },
  { name: 'aaai article/view/ repeated', build: rep('ojs.aaai.org/index.php/AAAI/article/view/'), n: 25e3 },
  {
    name: 'cvf giant stem without _paper',
    build: (n) => `https://openaccess.thecvf.com/content/CVPR2025/html/${'A_'.repeat(n)}CVPR_2025.html`,
    n: 5e5,
  },
  {
    name: 'cvf prefix repeated',
    build: rep('openaccess.thecvf.com/content/CVPR2025/html/x_CVPR_2025_'),
    n: 2e4,
  },
  { name: 'usenix conference/ repeated', build: rep('usenix.org/conference/'), n: 5e4 },
  { name: 'usenix giant slug', build: (n) => `usenix.org/conference/${'a-'.repeat(n)}/presentation`, n: 5e5 },
  // Deep nesting around an id.
  { name: '(((( id ))))', build: nest('(', '2410.12345', ')'), n: 1e5 },
  { name: '[[[[ id ]]]]', build: nest('[', 'arXiv:2410.12345', ']'), n: 1e5 },
  { name: '{{{{ id }}}}', build: nest('{', '\\cite{2410.12345}', '}'), n: 1e5 },
  { name: '([{< mixed nesting', build: nest('([{<', '2410.12345', '>}])'), n: 1e5 },
  { name: 'markdown link nesting', build: nest('[', '](https://arxiv.org/abs/2410.12345)', ')'), n: 1e5 },
  { name: 'unclosed brackets', build: (n) => '(['.repeat(n) + ' 2410.12345', n: 4e5 },
  // Text that has to be normalised: full-width, invisible characters, other hyphens, %-escapes.
  { name: 'full-width ids', build: rep('２４１０．１２３４５ '), n: 1e5 },
  { name: 'ZWJ flood', build: (n) => `${'\u200d'.repeat(n)}2410.12345`, n: 1e6 },
  { name: 'ZWSP inside ids', build: rep('2410.\u200b12345 '), n: 1e5 },
  { name: 'RLO/PDF around ids', build: rep('\u202e2410.12345\u202c '), n: 8e4 },
  { name: 'non-ASCII hyphens', build: rep('2024.acl\u2010long.1 '), n: 6e4 },
  { name: '%41 flood', build: rep('%41'), n: 35e4 },
  { name: '%2E flood', build: rep('%2E'), n: 35e4 },
  { name: '%2541 double-encoded flood', build: rep('%2541'), n: 2e5 },
  { name: 'invalid %E0%A4%A flood', build: rep('%E0%A4%A'), n: 12e4 },
  { name: 'percent-encoded ids', build: rep('2410%2E12345 '), n: 8e4 },
  { name: 'full-width char then prose', build: (n) => `２${'attention is all you need '.repeat(n)}`, n: 4e4 },
  { name: 'NFKC expanders (U+FDFA)', build: rep('\ufdfa'), n: 1e5 },
  { name: 'single combining mark run', build: (n) => `a${'\u0301'.repeat(n)}`, n: 1e6 },
  {
    // Marks of two combining classes, alternating: NFKC must reorder the whole run.
    name: 'Zalgo: alternating combining classes',
    build: (n) => `a${'\u0316\u0301'.repeat(n)}`,
    n: 16e3,
    doublingN: 2000,
  },
  {
    name: 'Zalgo run with a full-width id (scanner normalises)',
    build: (n) => `２４１０．１２３４５ a${'\u0316\u0301'.repeat(n)}`,
    n: 16e3,
    doublingN: 2000,
  },
  // Many ids.
  {
    name: 'distinct arXiv ids',
    build: (n) =>
      Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `arXiv:${distinctArxivId(i)}` : distinctArxivId(i))).join(' '),
    n: 5e4,
    places: ['selection'],
    doublingN: 12500,
  },
  {
    name: 'mixed arXiv and venue ids',
    build: (n) =>
      Array.from({ length: n }, (_, i) => (i % 2 ? distinctVenueMention(i) : distinctArxivId(i))).join('\n'),
    n: 2e4,
    places: ['selection'],
    doublingN: 5000,
  },
  { name: 'one id repeated', build: rep('2410.12345 '), n: 1e5 },
  {
    name: '10 MiB prose with ids',
    build: proseWithIds,
    n: 10240,
    places: ['selection'],
    doublingN: 512,
  },
  // Doubled at a sane size as "prose words" and "dots".
  {
    name: '10 MiB prose without ids',
    build: rep(PROSE),
    n: Math.ceil((10 * MIB) / PROSE.length),
    places: ['selection'],
    doubling: false,
  },
  { name: '10 MiB of dots', build: rep('.'), n: 10 * MIB, places: ['selection'], doubling: false },
];

// ---------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------

export interface CorpusEntry {
  name: string;
  /** Total length of the click's strings, known without building it (exact for repetitions). */
  approxLength: number;
  build(): FuzzCase;
}

/** A text in every address field (with an https:// prefix) and nothing selected. */
export function inUrls(text: string): ClickContext {
  const url = `https://${text}`;
  return { linkUrl: url, frameUrl: url, pageUrl: url, srcUrl: url };
}

function lengthOf(family: PathologicalFamily, n: number): number {
  // Exact for builders of the form prefix + unit×n + suffix; a good estimate otherwise.
  const one = family.build(1).length;
  const two = family.build(2).length;
  return one + (two - one) * (n - 1);
}

function familyEntries(): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const family of PATHOLOGICAL_FAMILIES) {
    for (const place of family.places ?? ['selection', 'urls']) {
      // In the four addresses at once, a quarter of the text each keeps the total the same.
      const n = place === 'selection' ? family.n : Math.max(1, Math.floor(family.n / 4));
      const length = lengthOf(family, n);
      entries.push({
        name: `${family.name} ×${n} in ${place === 'selection' ? 'the selection' : 'every address'}`,
        approxLength: place === 'selection' ? length : 4 * (length + 8),
        build: () => {
          const text = family.build(n);
          return {
            click: place === 'selection' ? { selectionText: text } : inUrls(text),
            options: { now: EXAMPLES_NOW },
          };
        },
      });
    }
  }
  return entries;
}

const CREDENTIAL_AND_HOST_TRICKS = [
  'https://user:pass@arxiv.org/abs/2410.12345',
  'https://arxiv.org:443@evil.example/abs/2410.12345',
  'https://evil.example/#@arxiv.org/abs/2410.12345',
  'https://evil.example\\@arxiv.org/abs/2410.12345',
  'https://arxiv.org.evil.example/abs/2410.12345',
  'https://xn--arxiv-9ua.org/abs/2410.12345',
  'https://xn--80ak6aa92e.com/abs/2410.12345',
  'https://аrxiv.org/abs/2410.12345', // Cyrillic а
  'https://ARXIV.ORG/ABS/2410.12345V2',
  'HTTPS://OPENREVIEW.NET/FORUM?ID=NGB6YNnO5o',
  'https://OpenReview.Net/Forum?Id=NGB6YNnO5o',
  'https://[::1]:8080/abs/2410.12345',
  'https://127.0.0.1/2410.12345',
  'https://arxiv.org:99999/abs/2410.12345',
  'https:\\\\arxiv.org\\abs\\2410.12345',
  'https:/arxiv.org/abs/2410.12345',
  'https:arxiv.org/abs/2410.12345',
  ' https://arxiv.org/abs/2410.12345',
  'https://arxiv.org/abs/2410.12345\n',
  'https://arx\tiv.org/abs/2410.\n12345',
  'https://papers.cool/arxiv/2410.12345,2409.00001',
  'https://papers.cool.evil.example/arxiv/2410.12345',
  'https://papers.cool@evil.example/arxiv/2410.12345',
];

const ODD_SCHEMES = [
  'javascript:alert(2410.12345)',
  'javascript:window.open("https://arxiv.org/abs/2410.12345")',
  'JaVaScRiPt:https://arxiv.org/abs/2410.12345',
  'data:text/html,<a href="https://arxiv.org/abs/2410.12345">x</a>',
  'data:text/plain;base64,MjQxMC4xMjM0NQ==',
  'data:,https://openreview.net/forum?id=NGB6YNnO5o',
  'blob:https://arxiv.org/2410.12345',
  'file:///home/me/papers/2410.12345v2.pdf',
  'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html?https://arxiv.org/pdf/2410.12345',
  'chrome://settings/?search=2410.12345',
  'view-source:https://arxiv.org/abs/2410.12345',
  'about:blank#2410.12345',
  'ftp://arxiv.org/pub/2410.12345',
  'vbscript:msgbox(2410.12345)',
  'mailto:x@arxiv.org?subject=2410.12345',
];

const ODD_ENCODINGS = [
  'https://arxiv.org/abs/2410%2E12345',
  'https://arxiv.org/abs%2F2410.12345',
  'https://arxiv.org/abs/%32%34%31%30%2E%31%32%33%34%35',
  'https://arxiv.org/abs/2410%252E12345',
  'https://arxiv.org/abs/%2541%2541',
  'https://arxiv.org/abs/2410.12345%E0%A4%A',
  'https://arxiv.org/abs/%E0%A4%A2410.12345',
  'https://arxiv.org/abs/%C0%AE%C0%AE/2410.12345',
  'https://arxiv.org/abs/%',
  'https://arxiv.org/abs/%%%2',
  'https://arxiv.org/abs/%G1%ZZ2410.12345',
  'https://arxiv.org/abs/%u2410.12345',
  'https://arxiv.org/abs/%00%0A2410.12345',
  'https://openreview.net/forum%3Fid%3DNGB6YNnO5o',
  'https://openreview.net/forum%253Fid%253DNGB6YNnO5o',
  'https://openreview.net/forum?id=%4E%47%42%36YNnO5o',
  'https://openreview.net/forum?id=NGB6YNnO5o%00',
  'https://openreview.net/forum?id=%E2%80%AENGB6YNnO5o',
  'https://openaccess.thecvf.com/content/CVPR2025/html/M%C3%BCller_X_CVPR_2025_paper.html',
  'https://openaccess.thecvf.com/content/CVPR2025/html/Müller_X_CVPR_2025_paper.html',
  'https://openaccess.thecvf.com/content/CVPR2025/html/%F0%9F%98%80_CVPR_2025_paper.html',
  'https://openaccess.thecvf.com/content/CVPR2025/html/😀_Title_CVPR_2025_paper.html',
  'https://openaccess.thecvf.com/content/CVPR2025/html/a%2Cb%40c_CVPR_2025_paper.html',
  'https://openaccess.thecvf.com/content/CVPR2025/html/a,b@c&d=e_CVPR_2025_paper.html',
  'https://proceedings.mlr.press/v202/smith23a%2Ehtml',
  'https://aclanthology.org/2024%2Eacl-long%2E1/',
];

const RTL_AND_SCRIPTS = [
  'انظر الورقة 2410.12345 للمزيد',
  'ראה arXiv:2410.12345v2 בבקשה',
  '\u200f2410.12345\u200e',
  '\u202e54321.0142\u202c',
  '\u202e2410.12345\u202c',
  '\u2067arXiv:2410.12345\u2069',
  '\u061c2410.12345\u061c',
  'مقالة\u200f[2410.12345]\u200fمهمة',
  '٢٤١٠.١٢٣٤٥',
  '۲۴۱۰.۱۲۳۴۵',
  '२४१०.१२३४५',
  '２４１０．１２３４５',
  '𝟐𝟒𝟏𝟎.𝟏𝟐𝟑𝟒𝟓',
  '2410\u200b.\u200b12345',
  '2410\u00ad.12345',
  '2410.12345\u0301',
  '2\u03014\u03011\u03010.1\u03012345',
  '2024.acl\u2011long.1',
  '2024.acl\u2212long.1',
  'ＡＲＸＩＶ：２４１０．１２３４５',
  'https://openreview.net/forum?id=NGB6YNnO5o\u202e',
  '论文２４１０．１２３４５已收录，见ｈｔｔｐｓ：／／ａｒｘｉｖ．ｏｒｇ／ａｂｓ／２４０９．０１２３４',
];

const LONE_SURROGATES = [
  '\ud800',
  '\udfff',
  '2410.12345\ud800',
  '\udc002410.12345',
  '\ud800 diffusion \udc00 models',
  'https://arxiv.org/abs/2410.12345\ud800',
  'openaccess.thecvf.com/content/CVPR2025/html/\ud800_CVPR_2025_paper.html',
  'openaccess.thecvf.com/content/CVPR2025/html/Lee\udc00_Title_CVPR_2025_paper.html',
  'https://openreview.net/forum?id=\ud800NGB6YNnO5o',
  'usenix.org/conference/osdi24/presentation/\ud800',
];

const QUERY_64K = 64 * KIB;

function smallEntries(): CorpusEntry[] {
  const cases: Array<[string, ClickContext]> = [];
  for (const url of [...CREDENTIAL_AND_HOST_TRICKS, ...ODD_SCHEMES, ...ODD_ENCODINGS]) {
    cases.push([`url as link: ${literal(url)}`, { linkUrl: url }]);
    cases.push([`url as frame and page: ${literal(url)}`, { frameUrl: url, pageUrl: url, srcUrl: url }]);
    cases.push([`url as selection: ${literal(url)}`, { selectionText: url }]);
  }
  for (const text of [...RTL_AND_SCRIPTS, ...LONE_SURROGATES]) {
    cases.push([`selection: ${literal(text)}`, { selectionText: text }]);
    cases.push([`link: ${literal(text)}`, { linkUrl: `https://${text}`, pageUrl: `https://arxiv.org/abs/${text}` }]);
  }
  cases.push(['nothing at all', {}]);
  cases.push(['empty strings everywhere', { selectionText: '', linkUrl: '', pageUrl: '', frameUrl: '', srcUrl: '' }]);
  cases.push(['whitespace selection', { selectionText: ' \n\t\u00a0\u3000\u2028 ' }]);
  cases.push(['punctuation-only selection', { selectionText: '.,;:!?()[]{}<>/\\|@#$%^&*-_=+~`\'"' }]);
  cases.push(['controls selection', { selectionText: '\u0000\u0001\u0007\u001b\u007f\u009f' }]);
  cases.push(['only format characters', { selectionText: '\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\ufeff' }]);
  // 64 KiB query strings.
  cases.push([
    '64 KiB query before the OpenReview id',
    { linkUrl: `https://openreview.net/forum?${'a=b&'.repeat(QUERY_64K / 4)}id=NGB6YNnO5o` },
  ]);
  cases.push([
    '64 KiB query after an arXiv id',
    { linkUrl: `https://arxiv.org/abs/2410.12345?q=${'x'.repeat(QUERY_64K)}` },
  ]);
  cases.push([
    '64 KiB of %-escapes in a query',
    { pageUrl: `https://arxiv.org/abs/2410.12345?q=${'%2F'.repeat(QUERY_64K / 3)}` },
  ]);
  cases.push(['64 KiB query, no id', { linkUrl: `https://example.org/?${'id=2410&'.repeat(QUERY_64K / 8)}` }]);
  cases.push([
    '64 KiB fragment',
    { frameUrl: `https://openreview.net/pdf?id=NGB6YNnO5o#${'%E0%A4%A'.repeat(QUERY_64K / 8)}` },
  ]);
  cases.push([
    '64 KiB CVF stem with a lone surrogate',
    {
      linkUrl: `https://openaccess.thecvf.com/content/CVPR2025/html/${'A\ud800'.repeat(QUERY_64K / 2)}_CVPR_2025_paper.html`,
    },
  ]);
  // Options at their edges.
  const entries: CorpusEntry[] = cases.map(([name, click]) => ({
    name,
    approxLength: clickLength(click),
    build: () => ({ click, options: { now: EXAMPLES_NOW } }),
  }));
  const edgeOptions: Array<[string, PlanOptions]> = [
    ['now is an Invalid Date', { now: new Date(Number.NaN) }],
    ['now is the epoch', { now: new Date(0) }],
    ['now is far future', { now: new Date(8.64e15) }],
    ['now is far past', { now: new Date(-8.64e15) }],
    ['venue search branch', { now: EXAMPLES_NOW, searchBranch: 'venue' }],
    ['no options', {}],
  ];
  const mixed: ClickContext = {
    selectionText: '2410.12345 hep-th/9901001 2024.acl-long.1 0704.0001 https://openreview.net/forum?id=NGB6YNnO5o',
    linkUrl: 'https://ijcai.org/proceedings/2026/267',
  };
  for (const [name, options] of edgeOptions) {
    entries.push({
      name: `options: ${name}`,
      approxLength: clickLength(mixed),
      build: () => ({ click: mixed, options }),
    });
    entries.push({
      name: `options: ${name}, words only`,
      approxLength: 9,
      build: () => ({ click: { selectionText: 'attention' }, options }),
    });
  }
  return entries;
}

/** Every corpus entry, small ones first. Entries are built on demand (`build()`), never kept. */
export function corpusEntries(): CorpusEntry[] {
  return [...smallEntries(), ...familyEntries()].sort((a, b) => a.approxLength - b.approxLength);
}

// ---------------------------------------------------------------------------
// fast-check arbitraries
// ---------------------------------------------------------------------------

export interface ArbitraryLimits {
  /** Upper bound on the length of a "flood" (one short unit repeated). */
  maxFloodLength: number;
  /** Upper bound on the number of tokens in a generated text. */
  maxTokens: number;
}

export const DEFAULT_LIMITS: ArbitraryLimits = { maxFloodLength: 64 * KIB, maxTokens: 40 };

const hex2 = (byte: number, upper: boolean) => {
  const text = byte.toString(16).padStart(2, '0');
  return upper ? text.toUpperCase() : text;
};

/** Characters from every general category (including lone surrogates and unassigned code points). */
export function unicodeCharArbitrary(): fc.Arbitrary<string> {
  const pools = categorySamples();
  return fc.constantFrom(...GENERAL_CATEGORIES).chain((category) => fc.constantFrom(...pools[category]));
}

/** A new-scheme arXiv id: mostly valid, sometimes with an impossible month or the wrong digit count. */
export function arxivIdArbitrary(): fc.Arbitrary<string> {
  return fc
    .record({
      yy: fc.oneof(fc.integer({ min: 7, max: 27 }), fc.integer({ min: 0, max: 99 })),
      mm: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 12 }), weight: 4 }, fc.integer({ min: 0, max: 99 })),
      digits: fc.oneof({ arbitrary: fc.constant(5), weight: 3 }, fc.constant(4), fc.integer({ min: 1, max: 7 })),
      number: fc.nat(9_999_999),
      version: fc.option(fc.integer({ min: 0, max: 999 }), { freq: 3 }),
    })
    .map(({ yy, mm, digits, number, version }) => {
      const id = `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}.${String(number % 10 ** digits).padStart(digits, '0')}`;
      return version === null ? id : `${id}v${version}`;
    });
}

function oldArxivIdArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(
        'hep-th',
        'math',
        'math.GT',
        'cond-mat.str-el',
        'cs',
        'astro-ph',
        'quant-ph',
        'gr-qc',
        'physics',
        'q-bio',
      ),
      fc.integer({ min: 0, max: 9_999_999 }),
      fc.boolean(),
    )
    .map(([archive, number, versioned]) => `${archive}/${String(number).padStart(7, '0')}${versioned ? 'v2' : ''}`);
}

const SCHEMES = [
  'https://',
  'http://',
  'HTTPS://',
  'hTtP://',
  '',
  '//',
  'https://www.',
  'https://export.',
  'https://user:pw@',
];

function venueIdArbitrary(): fc.Arbitrary<string> {
  const forumId = fc.stringMatching(/^[A-Za-z0-9_-]{0,14}$/);
  const word = fc.stringMatching(/^[A-Za-z0-9-]{0,12}$/);
  const scheme = fc.constantFrom(...SCHEMES);
  const num = fc.integer({ min: 0, max: 99_999 });
  const year = fc.integer({ min: 1960, max: 2100 });
  // CVF file stems are read with a negated class, so they may hold any character at all.
  const stem = fc.string({ unit: fc.oneof(fc.constantFrom(...'abcXYZ_-09'), unicodeCharArbitrary()), maxLength: 20 });
  return fc.oneof(
    fc
      .tuple(
        scheme,
        fc.constantFrom('forum', 'pdf', 'attachment', 'group', 'profile', 'forum/'),
        fc.constantFrom('&', '&amp;'),
        fc.array(
          fc.oneof(
            forumId.map((id) => `id=${id}`),
            forumId.map((id) => `amp;id=${id}`),
            word.map((w) => `noteId=${w}`),
            word.map((w) => `referrer=%5B${w}%5D`),
            word,
          ),
          { maxLength: 4 },
        ),
      )
      .map(([s, path, joiner, params]) => `${s}openreview.net/${path}?${params.join(joiner)}`),
    fc
      .tuple(
        scheme,
        year,
        fc.constantFrom('acl-long', 'findings-emnlp', 'tacl', 'emnlp-main', 'a', 'x-y-z'),
        num,
        fc.constantFrom('', 'v2', '.pdf', '/', '.bib', 'v3.pdf'),
      )
      .map(([s, y, volume, n, tail]) => `${s}aclanthology.org/${y}.${volume}.${n}${tail}`),
    fc
      .tuple(
        scheme,
        fc.constantFrom('P', 'W', 'D', 'N', 'x'),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99999 }),
      )
      .map(
        ([s, letter, yy, n]) =>
          `${s}aclweb.org/anthology/${letter}${String(yy).padStart(2, '0')}-${String(n).padStart(4, '0')}`,
      ),
    fc.tuple(scheme, year, num).map(([s, y, n]) => `${s}ijcai.org/proceedings/${y}/${String(n).padStart(4, '0')}.pdf`),
    fc.tuple(scheme, num, word).map(([s, v, slug]) => `${s}proceedings.mlr.press/v${v}/${slug}.html`),
    fc.tuple(scheme, num, num).map(([s, a, b]) => `${s}ojs.aaai.org/index.php/AAAI/article/view/${a}/${b}`),
    fc
      .tuple(
        scheme,
        fc.constantFrom('CVPR', 'ICCV', 'WACV', 'cvpr', 'ECCV'),
        year,
        stem,
        fc.constantFrom('html', 'pdf'),
      )
      .map(
        ([s, conf, y, stem, ext]) =>
          `${s}openaccess.thecvf.com/content/${conf}${y}/${ext === 'html' ? 'html' : 'papers'}/${stem}_${conf}_${y}_paper.${ext}`,
      ),
    fc.tuple(scheme, word, word).map(([s, conf, slug]) => `${s}usenix.org/conference/${conf}/presentation/${slug}`),
    fc
      .tuple(year, fc.constantFrom('acl-long', 'findings-emnlp', 'naacl-short'), num)
      .map(([y, v, n]) => `${y}.${v}.${n}`),
  );
}

function arxivMentionArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(
        '',
        'arXiv:',
        'arXiv: ',
        'ARXIV:',
        '[',
        '(',
        'https://arxiv.org/abs/',
        'https://arxiv.org/pdf/',
        'arxiv.org/html/',
        'https://export.arxiv.org/format/',
        'https://ar5iv.labs.arxiv.org/html/',
        'https://www.alphaxiv.org/overview/',
        'https://huggingface.co/papers/',
        'https://papers.cool/arxiv/',
        '10.48550/arXiv.',
        'paper_',
        '$',
        'v',
        '见',
      ),
      fc.oneof({ arbitrary: arxivIdArbitrary(), weight: 4 }, oldArxivIdArbitrary()),
      fc.constantFrom('', '', ']', ')', '.pdf', ',', '.', '.7', 'abc', '的第三节', '\u200b', '%2E'),
    )
    .map(([prefix, id, suffix]) => prefix + id + suffix);
}

function percentArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(fc.nat(255), fc.boolean()).map(([byte, upper]) => `%${hex2(byte, upper)}`),
    fc.tuple(fc.nat(255), fc.boolean()).map(([byte, upper]) => `%25${hex2(byte, upper)}`),
    fc.constantFrom(
      '%',
      '%%',
      '%G1',
      '%u2410',
      '%E0%A4%A',
      '%C0%AE',
      '%F0%9F%98',
      '%ED%A0%80',
      '%2',
      '%25',
      '%252E',
      '%00',
    ),
  );
}

function wordArbitrary(): fc.Arbitrary<string> {
  return fc.constantFrom(
    'attention',
    'diffusion',
    'Transformer',
    'is',
    'all',
    'you',
    'need',
    '论文',
    '注意力机制',
    'انظر',
    'ראה',
    'Zoë',
    'naïve',
    'ß',
    'İstanbul',
    'ﬁnd',
    'Ⅻ',
    'x²',
    'e\u0301',
    '👩‍🔬',
    '🇺🇳',
    'Ελληνικά',
    'Русский',
    'हिन्दी',
    'ไทย',
    '한국어',
  );
}

const SEPARATORS = [
  ' ',
  ' ',
  '\n',
  '\t',
  ',',
  '.',
  '/',
  '?',
  '&',
  '=',
  '#',
  '%',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '@',
  ':',
  ';',
  '-',
  '_',
  '\u00a0',
  '\u3000',
  '\r\n',
  '',
];

/** One token of generated text: ids, near-misses, URLs, escapes, words, any Unicode, separators. */
export function tokenArbitrary(): fc.Arbitrary<string> {
  const anyChar = unicodeCharArbitrary();
  const base = fc.oneof(
    { arbitrary: arxivMentionArbitrary(), weight: 4 },
    { arbitrary: venueIdArbitrary(), weight: 3 },
    { arbitrary: fc.constantFrom(...CREDENTIAL_AND_HOST_TRICKS, ...ODD_SCHEMES, ...ODD_ENCODINGS), weight: 1 },
    { arbitrary: fc.constantFrom(...RTL_AND_SCRIPTS, ...LONE_SURROGATES), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        '3.10.12',
        'v2023.1234',
        '2023.10.15',
        '$1201.5678',
        '2313.12345',
        '1312.12345',
        '12410.12345',
        '10.0.0.1',
      ),
      weight: 1,
    },
    { arbitrary: percentArbitrary(), weight: 2 },
    { arbitrary: wordArbitrary(), weight: 2 },
    { arbitrary: anyChar, weight: 3 },
    { arbitrary: fc.string({ unit: anyChar, maxLength: 6 }), weight: 1 },
    { arbitrary: fc.constantFrom(...SEPARATORS), weight: 4 },
    { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 1 },
  );
  // Mutations: a character spliced in, a character percent-encoded, the case flipped, RTL-wrapped.
  return fc.oneof(
    { arbitrary: base, weight: 6 },
    {
      arbitrary: fc.tuple(base, fc.nat(), anyChar).map(([text, at, char]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + char + text.slice(i);
      }),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(base, fc.nat()).map(([text, at]) => {
        if (!text) return text;
        const i = at % text.length;
        return `${text.slice(0, i)}%${hex2(text.charCodeAt(i) & 0xff, true)}${text.slice(i + 1)}`;
      }),
      weight: 1,
    },
    { arbitrary: base.map((text) => text.toUpperCase()), weight: 1 },
    {
      arbitrary: fc
        .tuple(
          base,
          fc.constantFrom(
            ['\u202e', '\u202c'],
            ['\u200f', '\u200e'],
            ['\u2067', '\u2069'],
            ['\u200d', '\u200d'],
            ['\ufeff', ''],
          ),
        )
        .map(([text, [open, close]]) => open + text + close),
      weight: 1,
    },
  );
}

/** Text made of tokens, sometimes with a short unit repeated into a flood (up to maxFloodLength). */
export function textArbitrary(limits: ArbitraryLimits = DEFAULT_LIMITS): fc.Arbitrary<string> {
  const token = tokenArbitrary();
  const tokens = fc.array(token, { maxLength: limits.maxTokens }).map((parts) => parts.join(''));
  const flood = fc
    .tuple(fc.array(token, { minLength: 1, maxLength: 3 }), fc.integer({ min: 2, max: limits.maxFloodLength }), tokens)
    .map(([unitParts, times, tail]) => {
      const unit = unitParts.join('') || '.';
      return unit.repeat(Math.max(1, Math.min(times, Math.floor(limits.maxFloodLength / unit.length)))) + tail;
    });
  return fc.oneof({ arbitrary: tokens, weight: 19 }, { arbitrary: flood, weight: 1 });
}

/** An address as the browser may report it, or not (javascript:, data:, chrome-extension:, junk). */
export function addressArbitrary(limits: ArbitraryLimits = DEFAULT_LIMITS): fc.Arbitrary<string> {
  const text = textArbitrary(limits);
  return fc.oneof(
    {
      arbitrary: fc
        .tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:///', 'https://a@'), text)
        .map(([s, t]) => s + t),
      weight: 4,
    },
    {
      arbitrary: fc.tuple(fc.constantFrom(...ODD_SCHEMES, ...CREDENTIAL_AND_HOST_TRICKS), text).map(([s, t]) => s + t),
      weight: 1,
    },
    { arbitrary: venueIdArbitrary(), weight: 2 },
    { arbitrary: arxivMentionArbitrary(), weight: 2 },
    { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 1 },
    { arbitrary: text, weight: 1 },
  );
}

/** A selection: often absent, empty or without words (so the addresses get read), else any text. */
export function selectionArbitrary(limits: ArbitraryLimits = DEFAULT_LIMITS): fc.Arbitrary<string> {
  const pools = categorySamples();
  const wordless = fc.string({
    unit: fc.constantFrom(
      ...(['Pc', 'Pd', 'Ps', 'Pe', 'Po', 'Sm', 'Sc', 'So', 'Zs', 'Zl', 'Cc', 'Cf', 'Cs', 'Co'] as const).flatMap(
        (c) => pools[c],
      ),
    ),
    maxLength: 30,
  });
  return fc.oneof(
    { arbitrary: fc.constantFrom('', ' ', '\n\t'), weight: 1 },
    { arbitrary: wordless, weight: 1 },
    { arbitrary: textArbitrary(limits), weight: 4 },
  );
}

export function planOptionsArbitrary(): fc.Arbitrary<PlanOptions> {
  return fc
    .record(
      {
        now: fc.oneof(
          { arbitrary: fc.constant(EXAMPLES_NOW), weight: 4 },
          {
            arbitrary: fc.date({ min: new Date('1990-01-01'), max: new Date('2110-01-01'), noInvalidDate: true }),
            weight: 2,
          },
          { arbitrary: fc.date({ noInvalidDate: false }), weight: 1 },
        ),
        searchBranch: fc.constantFrom('arxiv' as const, 'venue' as const),
      },
      { requiredKeys: [] },
    )
    .map((options) => ({ ...options }));
}

/** A whole context-menu click (any subset of fields) and the planner's options. */
export function fuzzCaseArbitrary(limits: ArbitraryLimits = DEFAULT_LIMITS): fc.Arbitrary<FuzzCase> {
  const address = addressArbitrary(limits);
  return fc.record({
    click: fc.record(
      {
        selectionText: selectionArbitrary(limits),
        linkUrl: address,
        pageUrl: address,
        frameUrl: address,
        srcUrl: fc.oneof(address, fc.constant('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')),
      },
      { requiredKeys: [] },
    ),
    options: planOptionsArbitrary(),
  });
}

// ---------------------------------------------------------------------------
// The property every input must satisfy
// ---------------------------------------------------------------------------

/** Why an address is wrong, or undefined when it is a fine papers.cool address. */
export function addressProblem(address: unknown): string | undefined {
  if (typeof address !== 'string') return `not a string: ${String(address)}`;
  if (address === '') return 'empty address';
  if (!address.startsWith('https://papers.cool/'))
    return `does not start with https://papers.cool/: ${shortForm(address, 120)}`;
  let url: URL;
  try {
    url = new URL(address);
  } catch (error) {
    return `new URL() rejects it (${String(error)}): ${shortForm(address, 120)}`;
  }
  if (url.origin !== 'https://papers.cool') return `origin is ${url.origin}: ${shortForm(address, 120)}`;
  if (url.pathname === '/' || url.pathname === '') return `no path: ${address}`;
  // Everything the planner builds is percent-encoded ASCII; a raw space or control would be mangled.
  if (!/^[\x21-\x7e]+$/.test(address)) return `raw non-ASCII, space or control character: ${shortForm(address, 120)}`;
  return undefined;
}

/** Checks one plan; returns the problems found (empty when all is well). */
export function planProblems(urls: unknown): string[] {
  if (!Array.isArray(urls)) return [`planRedirect returned ${typeof urls}, not an array`];
  return urls.flatMap((url, i) => {
    const problem = addressProblem(url);
    return problem ? [`address ${i}: ${problem}`] : [];
  });
}
