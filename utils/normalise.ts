// Characters that copies from PDFs and web pages slip into ids: full-width forms (２４１０．１２３４５),
// invisible ones (zero-width spaces and joiners, soft hyphens, BOMs, direction marks), hyphens that
// aren't the ASCII one, and percent-escapes of printable ASCII (%3A, %2F) inside encoded URLs.
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const HYPHENS = /[\u2010-\u2013\u2212\uFE63]/g;
const ESCAPED_ASCII = /%([2-7][0-9A-Fa-f])/g;
// Unicode normalisation sorts each run of combining marks, in time quadratic in the run's length
// (Zalgo text). No id holds a mark and no language stacks more than a few, so longer runs are cut.
const LONG_MARK_RUN = /(\p{M}{4})\p{M}+/gu;

/**
 * A pattern source that matches wherever normaliseText would change an id-like text. Scanning for
 * it alongside the ids lets ordinary text skip normalisation altogether.
 */
export const NEEDS_NORMALISING_PATTERN =
  '[\\uFF01-\\uFF5E\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\u2010-\\u2013\\u2212\\uFE63]|%[2-7][0-9A-Fa-f]';

/** Turns copied text into the plain form the sources read (NFKC folds full-width forms to ASCII). */
export function normaliseText(text: string): string {
  return text
    .replace(LONG_MARK_RUN, '$1')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    .replace(ESCAPED_ASCII, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
