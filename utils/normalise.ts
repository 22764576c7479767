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

// What normaliseText would change in an id-like text, split so that most text is cleared at once:
// V8 keeps Latin-1 text one byte per character and passes over a class of wider characters without
// reading it. The soft hyphen and the escapes are the Latin-1 cases.
const FULL_WIDTH = '\uFF01-\uFF5E';
const WIDE_NEEDING_NORMALISING = new RegExp(`[${FULL_WIDTH}${WIDE_INVISIBLE}${WIDE_HYPHENS}]`);
const ESCAPED_ASCII_HERE = new RegExp(ESCAPED_ASCII.source, 'y');

// A pattern starting with `%` still tries every position; indexOf jumps to the candidates.
function holdsEscapedAscii(text: string): boolean {
  for (let at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
    ESCAPED_ASCII_HERE.lastIndex = at;
    if (ESCAPED_ASCII_HERE.test(text)) return true;
  }
  return false;
}

/** Whether normaliseText could change the ids read from a text; ordinary text skips normalising. */
export function needsNormalising(text: string): boolean {
  return WIDE_NEEDING_NORMALISING.test(text) || text.includes(SOFT_HYPHEN) || holdsEscapedAscii(text);
}

/** Turns copied text into the plain form the sources read (NFKC folds full-width forms to ASCII). */
export function normaliseText(text: string): string {
  return text
    .replace(LONG_MARK_RUN, '$1')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    .replace(ESCAPED_ASCII, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
