// Characters that copies from PDFs and web pages slip into ids: invisible ones (zero-width spaces,
// joiners, soft hyphens, BOMs, direction marks) and hyphens that aren't the ASCII one.
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const HYPHENS = /[\u2010-\u2013\u2212\uFE63]/g;
// Percent-escapes of printable ASCII (%3A, %2F, %2C…), so ids inside encoded URLs can be read.
const ESCAPED_ASCII = /%([2-7][0-9A-Fa-f])/g;

/**
 * Turns copied text into the plain form the sources read: NFKC folds full-width digits and
 * punctuation (２４１０．１２３４５) to ASCII.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    .replace(ESCAPED_ASCII, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
