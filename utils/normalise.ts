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
const isAsciiSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

// The characters normaliseText changes in an id (the mark runs it cuts don't matter to ids).
const NEEDS_NORMALISING = new RegExp(
  `[${FULL_WIDTH}${WIDE_INVISIBLE}${WIDE_HYPHENS}${SOFT_HYPHEN}]|${ESCAPED_ASCII.source}`,
  'g',
);

/**
 * The text as the sources read it: normaliseText applied only to the words (runs between ASCII
 * spaces) that hold a character it would change in an id. A real document with one en dash or `%2C`
 * then costs the normalising of that word, not of the whole text. No id spans an ASCII space and
 * normalising keeps those spaces where they are, so the ids read are those of the whole text
 * normalised.
 */
export function normaliseWhereNeeded(text: string): string {
  NEEDS_NORMALISING.lastIndex = 0;
  let match = NEEDS_NORMALISING.exec(text);
  if (!match) return text;
  const parts: string[] = [];
  let copied = 0;
  while (match) {
    let start = match.index;
    while (start > copied && !isAsciiSpace(text.charCodeAt(start - 1))) start--;
    let end = match.index + match[0].length;
    while (end < text.length && !isAsciiSpace(text.charCodeAt(end))) end++;
    parts.push(text.slice(copied, start), normaliseText(text.slice(start, end)));
    copied = end;
    NEEDS_NORMALISING.lastIndex = end;
    match = NEEDS_NORMALISING.exec(text);
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
