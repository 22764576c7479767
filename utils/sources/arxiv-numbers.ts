// Bare YYMM.NNNN values from the 2007–2014 era are also ordinary numbers with four decimals: stock
// prices (`1111.9200  1118.8500`), losses in a training log (`tensor(1103.5812, device=…)`), table
// cells. Such a value is an id when it reads as one (after `arXiv:`, in a URL, among words or
// other ids) and a number when it stands among numbers or is a value in code.

const MAX_NEIGHBOURS = 8;
const MAX_TOKEN = 40;

// What separates the cells of a row or a list: a run of values is broken by anything else.
const isRunSeparator = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 44 || code === 59 || code === 124;

const NUMBER = /^[-+$€£¥]?\d+(?:[.,:]\d+)*%?$/;
const isIdentifierCharacter = (code: number) =>
  (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code === 95;

/**
 * Whether the id-shaped value `text.slice(start, end)` is a number: written as a value in code
 * (`= 1103.5812`, `tensor(1103.5812`), or standing in a run of values (separated only by spaces,
 * commas, semicolons or bars) of which a nearby one is a number that is not an id.
 */
export function isAmongNumbers(text: string, start: number, end: number, isId: (token: string) => boolean): boolean {
  let valueStart = start;
  while (text.charCodeAt(valueStart - 1) === 32) valueStart--;
  if (text.charCodeAt(valueStart - 1) === 61) return true;
  const before = text.charCodeAt(start - 1);
  if (before === 40 && isIdentifierCharacter(text.charCodeAt(start - 2))) return true;
  if (start > 0 && !isRunSeparator(before)) return false;
  return neighbourIsNumber(text, start, -1, isId) || neighbourIsNumber(text, end, 1, isId);
}

/** Walks the run from `from` in `direction`, token by token, until a word or a number that isn't an id. */
function neighbourIsNumber(text: string, from: number, direction: 1 | -1, isId: (token: string) => boolean): boolean {
  let i = direction === 1 ? from : from - 1;
  for (let tokens = 0; tokens < MAX_NEIGHBOURS; tokens++) {
    while (i >= 0 && i < text.length && isRunSeparator(text.charCodeAt(i))) i += direction;
    if (i < 0 || i >= text.length) return false;
    const tokenEdge = i;
    while (i >= 0 && i < text.length && !isRunSeparator(text.charCodeAt(i)) && Math.abs(i - tokenEdge) < MAX_TOKEN) i += direction;
    const token = direction === 1 ? text.slice(tokenEdge, i) : text.slice(i + 1, tokenEdge + 1);
    if (!NUMBER.test(token)) return false;
    if (!isId(token)) return true;
  }
  return false;
}
