// Bare YYMM.NNNN(N) values are also ordinary numbers: stock prices (`1111.9200  1118.8500`,
// `2015.27002,2015.939941`), losses in a training log (`tensor(1103.5812, device=…)`), table cells,
// SVG coordinates. Such a value is an id when it reads as one (after `arXiv:`, in a URL, among words
// or other ids) and a number when it stands among numbers or is a value in code.

const MAX_NEIGHBOURS = 8;
const MAX_TOKEN = 40;

// What separates the cells of a row, a list or an attribute (`viewBox="0 0 1385.5 1107.0113"`): a run
// of values is broken by anything else.
const isRunSeparator = (code: number) =>
  code === 32 ||
  code === 9 ||
  code === 10 ||
  code === 13 ||
  code === 44 ||
  code === 59 ||
  code === 124 ||
  code === 34 ||
  code === 39;

// Numbers, dates and times of tables and logs: 26.5, -0.3, 1,234, 42%, 2011-11-18, 15-03-16, 12:30.
const NUMBER = /^[-+$€£¥]?\d+(?:[.,:/-]\d+)*%?$/;
// Single letters stand between numbers in SVG paths (`1012.9368 C 745.18447`) and say nothing.
const SINGLE_LETTER = /^[A-Za-z]$/;

const isIdentifierCharacter = (code: number) =>
  (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95;

/** What stands on one side of a value in its run: a number that isn't an id, a word, or neither. */
type Side = 'number' | 'word' | 'neither';

/**
 * Whether the id-shaped value `text.slice(start, end)` is a number: written as a value in code
 * (`= 1103.5812`, `tensor(1103.5812`), or standing in a run of values (separated only by spaces,
 * commas, semicolons or bars) with a number that is not an id on one side and no word on the other.
 */
export function isAmongNumbers(text: string, start: number, end: number, isId: (token: string) => boolean): boolean {
  let valueStart = start;
  while (text.charCodeAt(valueStart - 1) === 32) valueStart--;
  if (text.charCodeAt(valueStart - 1) === 61) return true;
  const before = text.charCodeAt(start - 1);
  if (before === 40 && isIdentifierCharacter(text.charCodeAt(start - 2))) return true;
  if (start > 0 && !isRunSeparator(before)) return false;
  const left = sideOf(text, start, -1, isId);
  if (left === 'word') return false;
  const right = sideOf(text, end, 1, isId);
  return right !== 'word' && (left === 'number' || right === 'number');
}

/** Walks the run from `from` in `direction`, token by token, past ids and single letters. */
function sideOf(text: string, from: number, direction: 1 | -1, isId: (token: string) => boolean): Side {
  let i = direction === 1 ? from : from - 1;
  for (let tokens = 0; tokens < MAX_NEIGHBOURS; tokens++) {
    while (i >= 0 && i < text.length && isRunSeparator(text.charCodeAt(i))) i += direction;
    if (i < 0 || i >= text.length) return 'neither';
    const tokenEdge = i;
    while (i >= 0 && i < text.length && !isRunSeparator(text.charCodeAt(i)) && Math.abs(i - tokenEdge) < MAX_TOKEN)
      i += direction;
    const token = direction === 1 ? text.slice(tokenEdge, i) : text.slice(i + 1, tokenEdge + 1);
    if (SINGLE_LETTER.test(token)) continue;
    if (!NUMBER.test(token)) return 'word';
    if (!isId(token)) return 'number';
  }
  return 'neither';
}
