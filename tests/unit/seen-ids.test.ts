import { describe, expect, it } from 'vitest';

import { SeenIds } from '../../utils/seen-ids';

describe('SeenIds', () => {
  it.each([
    [
      'a repeated arXiv id',
      [
        ['2410.12345', true],
        ['2410.12345', true],
      ],
      [true, false],
    ],
    [
      'the same number in other months',
      [
        ['2410.12345', true],
        ['2409.12345', true],
        ['2410.12345', true],
      ],
      [true, true, false],
    ],
    [
      'the eight numbers of one byte of bits',
      ['08', '09', '10', '11', '12', '13', '14', '15', '12'].map((n) => [`2410.000${n}`, true] as const),
      [true, true, true, true, true, true, true, true, false],
    ],
    [
      'the ends of a month',
      [
        ['2410.00001', true],
        ['2410.99999', true],
        ['2410.99999', true],
      ],
      [true, true, false],
    ],
    [
      'four-digit numbers of old months',
      [
        ['1412.1234', true],
        ['0704.0001', true],
        ['1412.1234', true],
      ],
      [true, true, false],
    ],
    [
      'venue ids, kept apart from arXiv ids',
      [
        ['NGB6YNnO5o@OpenReview', false],
        ['2410.12345', true],
        ['NGB6YNnO5o@OpenReview', false],
      ],
      [true, true, false],
    ],
    [
      'search queries',
      [
        ['search:hep-th/9901001', false],
        ['search:hep-th/9901001', false],
      ],
      [true, false],
    ],
  ] as const)('%s', (_, adds, expected) => {
    const seen = new SeenIds();
    expect(adds.map(([id, isArxiv]) => seen.addNew(id, isArxiv))).toEqual(expected);
  });

  it('agrees with a Set on thousands of ids across many months, in any order', () => {
    const ids = Array.from({ length: 6000 }, (_, i) => {
      const month = 1501 + ((i * 7) % 12) + 100 * (i % 9);
      return `${month}.${String((i * 7919) % 100_000).padStart(5, '0')}`;
    });
    const shuffled = [...ids, ...ids.slice(0, 3000).reverse()];
    const seen = new SeenIds();
    const reference = new Set<string>();
    for (const id of shuffled) expect(seen.addNew(id, true)).toBe(!reference.has(id) && Boolean(reference.add(id)));
  });
});

describe('SeenIds across the move from a Set to bits', () => {
  it('keeps every id seen when a month passes from a Set to a bitmap, and months stay apart', () => {
    const seen = new SeenIds();
    const ids = Array.from({ length: 600 }, (_, i) => `2410.${String(i * 97 + 1).padStart(5, '0')}`);
    const others = ids.map((id) => id.replace('2410.', '2409.'));
    // Interleaved months, so each month's store is looked up again and again.
    expect(ids.flatMap((id, i) => [seen.addNew(id, true), seen.addNew(others[i], true)]).every(Boolean)).toBe(true);
    expect([...ids, ...others].some((id) => seen.addNew(id, true))).toBe(false);
    expect(seen.addNew('2410.99999', true)).toBe(true);
  });
});
