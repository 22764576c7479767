import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findPapers } from '../../utils/find-papers';
import { EXAMPLES_NOW } from '../../utils/sources/types';

const now = EXAMPLES_NOW;

describe('findPapers', () => {
  it('finds every id that is embedded between separators, in order', () => {
    const id = fc
      .tuple(fc.integer({ min: 15, max: 25 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99999 }))
      .map(([yy, mm, n]) => `${yy}${String(mm).padStart(2, '0')}.${String(n).padStart(5, '0')}`);
    const separator = fc.constantFrom(' ', ', ', '\n', '；', ' and ', '](', '、');
    fc.assert(
      fc.property(fc.array(fc.tuple(id, separator), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.map(([paperId, sep]) => paperId + sep).join('');
        const expected = [...new Set(parts.map(([paperId]) => paperId))];
        expect(findPapers(text, now).papers.map((paper) => paper.id)).toEqual(expected);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
