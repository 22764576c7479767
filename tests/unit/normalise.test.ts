import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { normaliseForIds, normaliseText } from '../../utils/normalise';
import { compileScanner } from '../../utils/scanner';
import { paperSources } from '../../utils/sources';
import { EXAMPLES_NOW } from '../../utils/sources/types';

describe('normaliseText', () => {
  it.each([
    ['full-width digits and dot', '２４１０．１２３４５', '2410.12345'],
    ['a zero-width space and a soft hyphen inside an id', '2410.\u200b123\u00ad45', '2410.12345'],
    ['a non-ASCII hyphen in an ACL id', 'P19\u20101001', 'P19-1001'],
    ['percent-escapes of printable ASCII', 'arxiv.org%2Fabs%2F2410.12345', 'arxiv.org/abs/2410.12345'],
    [
      'a long run of combining marks, cut to four',
      `a${'\u0301'.repeat(50)}`,
      `a${'\u0301'.repeat(4)}`.normalize('NFKC'),
    ],
  ])('%s', (_, text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });
});

describe('normaliseForIds', () => {
  it('leaves text without such characters as it is (the same string)', () => {
    const text = 'see https://arxiv.org/abs/2410.12345 and 论文 2409.01234';
    expect(normaliseForIds(text)).toBe(text);
  });

  it('maps only the characters that hide in ids, and only next to what mentions are made of', () => {
    expect(
      normaliseForIds('Ｔｒａｎｓｆｏｒｍｅｒ – see\t２４１０．１２３４５\nﬁne, P19\u20101001 2410.\u200b12345 x%2Fy'),
    ).toBe('Transformer – see\t2410.12345\nﬁne, P19-1001 2410.12345 x/y');
    expect(normaliseForIds('论文，代码')).toBe('论文，代码');
  });

  // Pieces of ids and the characters that hide in them, between ASCII spaces or not. No combining
  // marks: whole-text NFKC composes them with the letter before, which normaliseForIds leaves be.
  const piece = fc.constantFrom(
    '2410',
    '.',
    '12345',
    '２４１０',
    '．',
    '１２３４５',
    '\u200b',
    '\u00ad',
    '\u2013',
    '\u2212',
    '\ufeff',
    '%2F',
    '%3A',
    '%2E',
    'arxiv.org',
    '/abs/',
    'openreview.net/forum?id=',
    'NGB6YNnO5o',
    'P19',
    '-1001',
    'aclanthology.org/',
    ' ',
    '\n',
    '\t',
    'arXiv:',
    '中文',
    'é',
  );

  it('reads the same ids as normalising the whole text', () => {
    const scan = compileScanner(paperSources);
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join('')),
        (text) => {
          expect(scan(text, EXAMPLES_NOW)).toEqual(scan(normaliseText(text), EXAMPLES_NOW));
        },
      ),
      { numRuns: 5000, seed: 20261129 },
    );
  });

  // The one-pass rebuild against its definition: hiding characters next to what mentions are made
  // of, in their plain forms, then percent-escapes, each a pass of its own over the whole text.
  const HIDDEN =
    '\uFF01-\uFF5E\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u2010-\u2013\u2212\uFE63';
  const NEAR = `[0-9A-Za-z./%?=&:@~+#\\\\_${HIDDEN}-]`;
  const inTwoPasses = (text: string) =>
    text
      .replace(new RegExp(`[${HIDDEN}](?:(?<=${NEAR}.)|(?=${NEAR}))`, 'gs'), (hidden) =>
        /[\u2010-\u2013\u2212\uFE63]/.test(hidden) ? '-' : hidden.normalize('NFKC').replace(/[^\x20-\x7e]/g, ''),
      )
      .replace(/%([2-7][0-9A-Fa-f])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const escapePiece = fc.constantFrom(
    '%',
    '％',
    '2',
    '２',
    'F',
    'Ｆ',
    '7',
    'g',
    '%2',
    '%7e',
    '\u200b',
    '\u2013',
    ' ',
    'é',
    '中',
    'x',
    '%%41',
  );

  it('rebuilds the text once exactly as the two passes would (escapes next to hiding characters included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, escapePiece), { maxLength: 20 }).map((pieces) => pieces.join('')),
        (text) => {
          expect(normaliseForIds(text)).toBe(inTwoPasses(text));
        },
      ),
      { numRuns: 20000, seed: 20261129 },
    );
  });

  it.each([
    ['an escape made by a full-width percent sign', '\uFF052F', '/'],
    ['an escape made by full-width digits', '%\uFF12\uFF26', '/'],
    ['an escape split by a zero-width space', '%2\u200BF', '/'],
    ['escapes and hiding characters apart, in one rebuild', 'a%2Cb \u2013 ２４１０%41', 'a,b \u2013 2410A'],
  ])('%s', (_, text, expected) => {
    expect(normaliseForIds(text)).toBe(expected);
  });
});
