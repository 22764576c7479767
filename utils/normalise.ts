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

// Each character that hides in ids, on its own: NFKC folds the full-width forms to ASCII one by one,
// and the others are removed or made '-', so no word around them needs reading. V8 keeps Latin-1 text
// one byte per character and passes over a class of wider characters without reading it, so the
// wide ones are looked for apart from the soft hyphen (and escapes are found with indexOf).
const HIDING_CLASS = `[${FULL_WIDTH}${SOFT_HYPHEN}${WIDE_INVISIBLE}${WIDE_HYPHENS}]`;
// Only those next to a character mentions are made of (ASCII letters and digits, the punctuation of
// ids and addresses) or to another such character can be inside a mention; the context is checked
// after the character, so the engine still scans for the class alone.
const NEAR = `(?:[0-9A-Za-z./%?=&:@~+#\\\\_-]|${HIDING_CLASS})`;
const HIDING = new RegExp(`${HIDING_CLASS}(?:(?<=${NEAR}.)|(?=${NEAR}))`, 'gs');
const WIDE_HIDING = new RegExp(`[${FULL_WIDTH}${WIDE_INVISIBLE}${WIDE_HYPHENS}]`);
const FULL_WIDTH_OFFSET = 0xff01 - 0x21;
const isWideHyphen = (code: number) => (code >= 0x2010 && code <= 0x2013) || code === 0x2212 || code === 0xfe63;

/** The plain form of a character that hides in ids (HIDING finds those that can be inside one). */
function plainFormOf(hidden: string): string {
  const code = hidden.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  return isWideHyphen(code) ? '-' : '';
}

const ESCAPED_ASCII_HERE = new RegExp(ESCAPED_ASCII.source, 'y');

// A pattern starting with `%` still tries every position; indexOf jumps to the candidates.
function holdsEscapedAscii(text: string): boolean {
  for (let at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
    ESCAPED_ASCII_HERE.lastIndex = at;
    if (ESCAPED_ASCII_HERE.test(text)) return true;
  }
  return false;
}

/**
 * The text as the sources read ids in it: what normaliseText does to the characters that copies
 * slip into ids (full-width forms, invisible characters, other hyphens, then escapes), without the
 * rest of Unicode normalisation, which no id needs. A text with none of them is returned as it is.
 * Real documents hold such characters everywhere (en dashes, CJK punctuation), and normalising whole
 * words for them took half the planner's time.
 */
export function normaliseForIds(text: string): string {
  let plain = WIDE_HIDING.test(text) || text.includes(SOFT_HYPHEN) ? text.replace(HIDING, plainFormOf) : text;
  if (holdsEscapedAscii(plain))
    plain = plain.replace(ESCAPED_ASCII, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return plain;
}
