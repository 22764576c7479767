// Character tests for the hand-written parts of rules. They mean what the same classes mean in the
// rules' case-insensitive patterns: ASCII only.

export const isDigit = (code: number) => code >= 48 && code <= 57;

export const isAsciiLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122;

export const isAsciiAlphanumeric = (code: number) => isDigit(code) || isAsciiLetter(code);

/** Where the run of digits that starts at `from` ends. */
export function digitsEnd(text: string, from: number): number {
  let end = from;
  while (isDigit(text.charCodeAt(end))) end++;
  return end;
}

/** The number the ASCII digits from `from` to `to` write. */
export function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}
