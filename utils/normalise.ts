// Characters that copies from PDFs and web pages slip into ids: full-width forms (２４１０．１２３４５),
// invisible ones (zero-width spaces and joiners, soft hyphens, BOMs, direction marks), hyphens that
// aren't the ASCII one, and percent-escapes of printable ASCII (%3A, %2F) inside encoded URLs.
const SOFT_HYPHEN = '\u00AD';
const WIDE_INVISIBLE = '\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF';
const WIDE_HYPHENS = '\u2010-\u2013\u2212\uFE63';
const INVISIBLE = new RegExp(`[${SOFT_HYPHEN}${WIDE_INVISIBLE}]`, 'g');
const HYPHENS = new RegExp(`[${WIDE_HYPHENS}]`, 'g');
const ESCAPED_ASCII = /%([2-7][0-9A-Fa-f])/g;
// Unicode normalisation sorts each run of combining marks, in time quadratic in the run's length
// (Zalgo text). No id holds a mark and no language stacks more than a few, so longer runs are cut.
const LONG_MARK_RUN = /(\p{M}{4})\p{M}+/gu;

/** Turns copied text into the plain form the sources read (NFKC folds full-width forms to ASCII). */
export function normaliseText(text: string): string {
  return text
    .replace(LONG_MARK_RUN, '$1')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    .replace(ESCAPED_ASCII, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const FULL_WIDTH = '\uFF01-\uFF5E';
const HIDDEN = `${FULL_WIDTH}${SOFT_HYPHEN}${WIDE_INVISIBLE}${WIDE_HYPHENS}`;

// Each character that hides in ids, on its own: NFKC folds the full-width forms to ASCII one by one,
// and the others are removed or made '-', so no word around them needs reading. Only those next to a
// character mentions are made of (ASCII letters and digits, the punctuation of ids and addresses) or
// to another such character can be inside a mention. The context is checked after the character, in
// one class, so the engine still scans for the character alone: written as an alternation of
// classes, the same check took up to 2.5 times as long on real documents (docs/facts.md, Reading
// speed). Every character of a run of them has such a neighbour, so a run is taken whole.
const NEAR = `[0-9A-Za-z./%?=&:@~+#\\\\_${HIDDEN}-]`;
const HIDING = new RegExp(`[${HIDDEN}](?:(?<=${NEAR}.)|(?=${NEAR}))`, 'gs');
const REST_OF_RUN = new RegExp(`[${HIDDEN}]*`, 'y');
// V8 keeps Latin-1 text one byte per character and passes over a class of wider characters without
// reading it, so the wide ones are looked for apart from the soft hyphen.
const WIDE_HIDING = new RegExp(`[${FULL_WIDTH}${WIDE_INVISIBLE}${WIDE_HYPHENS}]`);
const FULL_WIDTH_OFFSET = 0xff01 - 0x21;
const isWideHyphen = (code: number) => (code >= 0x2010 && code <= 0x2013) || code === 0x2212 || code === 0xfe63;

/** The plain form of a character that hides in ids. */
function plainFormOf(code: number): string {
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  return isWideHyphen(code) ? '-' : '';
}

/** Where the runs of characters that can hide inside a mention start and end, in order. */
interface HidingRuns {
  starts: number[];
  ends: number[];
}

function hidingRuns(text: string): HidingRuns {
  const runs: HidingRuns = { starts: [], ends: [] };
  if (!WIDE_HIDING.test(text) && !text.includes(SOFT_HYPHEN)) return runs;
  // `test` makes no match array; the match is the one character before lastIndex. The rest of a run
  // is looked for only where the next character is not ASCII (a full-width id, not the CJK colon
  // before a link).
  HIDING.lastIndex = 0;
  while (HIDING.test(text)) {
    const start = HIDING.lastIndex - 1;
    if (text.charCodeAt(HIDING.lastIndex) >= 0xad) {
      REST_OF_RUN.lastIndex = HIDING.lastIndex;
      REST_OF_RUN.test(text);
      HIDING.lastIndex = REST_OF_RUN.lastIndex;
    }
    runs.starts.push(start);
    runs.ends.push(HIDING.lastIndex);
  }
  return runs;
}

const ESCAPE_HERE = new RegExp(ESCAPED_ASCII.source, 'y');
const PERCENT = 37;

/**
 * Where the percent-escapes of printable ASCII (%20 to %7F) are, in order. `%` is found with
 * indexOf, many times faster than a pattern that starts with it.
 */
function escapePlaces(text: string): number[] {
  const places: number[] = [];
  for (let at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
    ESCAPE_HERE.lastIndex = at;
    if (ESCAPE_HERE.test(text)) places.push(at);
  }
  return places;
}

/** The text with the runs of hiding characters in their plain forms and the escapes at `escapes` decoded. */
function rebuilt(text: string, hiding: HidingRuns, escapes: number[]): string {
  const { starts, ends } = hiding;
  const pieces: string[] = [];
  let from = 0;
  for (let h = 0, e = 0; h < starts.length || e < escapes.length;) {
    if (e === escapes.length || (h < starts.length && starts[h] < escapes[e])) {
      let plain = '';
      for (let at = starts[h]; at < ends[h]; at++) plain += plainFormOf(text.charCodeAt(at));
      pieces.push(text.slice(from, starts[h]), plain);
      from = ends[h++];
    } else {
      const at = escapes[e++];
      pieces.push(text.slice(from, at), String.fromCharCode(parseInt(text.slice(at + 1, at + 3), 16)));
      from = at + 3;
    }
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/**
 * The text as the sources read ids in it: what normaliseText does to the characters that copies
 * slip into ids (full-width forms, invisible characters, other hyphens, then escapes), without the
 * rest of Unicode normalisation, which no id needs. A text with none of them is returned as it is.
 * Real documents hold such characters everywhere (en dashes, CJK punctuation), and copying a long
 * text costs about as much as v0.2.0's whole reading of it (docs/facts.md, Reading speed), so the
 * text is rebuilt once, with both kinds of change. Escapes are found in the text as it is, unless
 * hiding characters may make one (a full-width `％` anywhere, or one just after a `%`: `%２F`,
 * `%2\u200BF`): then it takes two passes.
 */
export function normaliseForIds(text: string): string {
  const hiding = hidingRuns(text);
  const escapes = escapePlaces(text);
  if (!hiding.starts.length && !escapes.length) return text;
  const escapeMayHide =
    text.includes('\uFF05') ||
    hiding.starts.some((start) => text.charCodeAt(start - 1) === PERCENT || text.charCodeAt(start - 2) === PERCENT);
  if (!escapeMayHide) return rebuilt(text, hiding, escapes);
  const plain = rebuilt(text, hiding, []);
  return rebuilt(plain, { starts: [], ends: [] }, escapePlaces(plain));
}
