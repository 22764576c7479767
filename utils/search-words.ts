import { normaliseText } from './normalise';

export const MAX_SEARCH_WORDS = 32;
export const MAX_SEARCH_CHARS = 300;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** The search words of a text: at most MAX_SEARCH_WORDS words and MAX_SEARCH_CHARS characters. */
export function searchWords(text: string): string {
  let query = '';
  let count = 0;
  for (const piece of piecesBetweenWords(text, SEARCH_PIECE_LENGTH)) {
    for (const [word] of normaliseText(piece).matchAll(WORD)) {
      const next = query ? `${query} ${word}` : word;
      if ([...next].length > MAX_SEARCH_CHARS) {
        // A single over-long word (a long run of CJK text) is cut rather than dropped.
        if (!query) query = [...word].slice(0, MAX_SEARCH_CHARS).join('');
        return query;
      }
      query = next;
      if (++count === MAX_SEARCH_WORDS) return query;
    }
  }
  return query;
}

// The words are read a piece at a time, so a 10 MiB selection costs no more than its first words.
const SEARCH_PIECE_LENGTH = 4096;

// A piece may end after a space or ASCII punctuation, which normalising leaves apart from what
// follows. Not after a BOM (a space to the pattern, removed by normalising) nor a `%` (it may start
// an escape), nor after other symbols, some of which normalise to letters.
const PIECE_END = /(?![%\uFEFF])[\s!-/:-@[-`{-~]/;

/**
 * `text` in pieces of about `length`, each ending where PIECE_END allows. Only a word longer than
 * half a piece is cut, never inside a surrogate pair; such a word is cut to MAX_SEARCH_CHARS anyway.
 */
function* piecesBetweenWords(text: string, length: number): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + length);
    if (end < text.length) {
      let cut = end;
      while (cut > start + length / 2 && !PIECE_END.test(text[cut - 1])) cut--;
      if (cut > start + length / 2) end = cut;
      else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    }
    yield text.slice(start, end);
    start = end;
  }
}
