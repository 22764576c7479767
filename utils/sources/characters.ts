// Character tests for the hand-written parts of rules. They mean what the same classes mean in the
// rules' case-insensitive patterns: ASCII only.

export const isDigit = (code: number) => code >= 48 && code <= 57;

export const isAsciiAlphanumeric = (code: number) => isDigit(code) || ((code | 32) >= 97 && (code | 32) <= 122);

/** Where the run of digits that starts at `from` ends. */
export function digitsEnd(text: string, from: number): number {
  let end = from;
  while (isDigit(text.charCodeAt(end))) end++;
  return end;
}
