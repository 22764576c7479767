/**
 * The ids already found in a text, to drop repeats. A listing holds thousands of arXiv ids, and
 * hashing each one as a string took a quarter of the time of reading a listing, so new-style arXiv
 * ids (YYMM.NNNNN, always ASCII) are kept as bits: one bitmap per month, since the number within a
 * month never passes 99 999. Other ids go in a Set.
 */
export class SeenIds {
  private readonly months = new Map<number, Uint8Array>();
  private readonly others = new Set<string>();
  private lastMonth = -1;
  private lastBits: Uint8Array | undefined;

  /**
   * Whether `id` is seen for the first time; from now on it counts as seen. `isArxiv`: a papers.cool
   * arXiv id, which is always new-style (old-style ids are searched, not opened).
   */
  addNew(id: string, isArxiv: boolean): boolean {
    if (!isArxiv) {
      const known = this.others.size;
      return this.others.add(id).size !== known;
    }
    const month = digitsValue(id, 0, 4);
    const number = digitsValue(id, 5, id.length);
    if (month !== this.lastMonth) {
      this.lastMonth = month;
      this.lastBits = this.months.get(month);
      if (!this.lastBits) this.months.set(month, (this.lastBits = new Uint8Array(100_000 >> 3)));
    }
    const bits = this.lastBits!;
    const mask = 1 << (number & 7);
    if (bits[number >> 3] & mask) return false;
    bits[number >> 3] |= mask;
    return true;
  }
}

function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}
