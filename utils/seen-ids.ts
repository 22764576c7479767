import { digitsValue } from './sources/characters';

/**
 * The ids already found in a text, to drop repeats. A listing holds thousands of arXiv ids, and
 * hashing each one as a string took a quarter of the time of reading a listing, so new-style arXiv
 * ids (YYMM.NNNNN, always ASCII) are kept as numbers per month: in a Set while the month has few,
 * then as bits (the number within a month never passes 99 999). A reading list names papers of a
 * hundred months, and a 12 KiB bitmap for each took a tenth of its reading time. Other ids go in a Set.
 */
export class SeenIds {
  private readonly months = new Map<number, Set<number> | Uint8Array>();
  private readonly others = new Set<string>();
  private lastMonth = -1;
  private lastSeen: Set<number> | Uint8Array | undefined;

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
      this.lastSeen = this.months.get(month);
      if (!this.lastSeen) this.months.set(month, (this.lastSeen = new Set()));
    }
    const seen = this.lastSeen!;
    if (seen instanceof Set) {
      if (seen.size < BITMAP_FROM) return seen.size !== seen.add(number).size;
      this.months.set(month, (this.lastSeen = bitmapOf(seen)));
      return this.addNew(id, isArxiv);
    }
    const mask = 1 << (number & 7);
    if (seen[number >> 3] & mask) return false;
    seen[number >> 3] |= mask;
    return true;
  }
}

/** A month's numbers move to a bitmap once it holds this many. */
const BITMAP_FROM = 256;

function bitmapOf(numbers: Set<number>): Uint8Array {
  const bits = new Uint8Array(100_000 >> 3);
  for (const number of numbers) bits[number >> 3] |= 1 << (number & 7);
  return bits;
}
