import { describe, expect, it } from 'vitest';

import { findPapers } from '../../utils/find-papers';
import { anchorOf, compileScanner } from '../../utils/scanner';
import { INLINE_LINK_SITES, paperSources, sourceExamples } from '../../utils/sources';
import { EXAMPLES_NOW, type PaperSource } from '../../utils/sources/types';

/** What one source alone makes of an input, in the examples' `search:` notation. */
function readWith(source: PaperSource, input: string): string[] {
  return compileScanner([source])(input, EXAMPLES_NOW).map((found) =>
    'id' in found ? found.id : `search:${found.searchQuery}`,
  );
}

describe.each(paperSources.map((source) => [source.name, source] as const))('%s source', (_, source) => {
  const examples = sourceExamples[source.name];
  it('has positive and negative examples', () => {
    expect(examples.some((example) => example.expected.length > 0)).toBe(true);
    expect(examples.some((example) => example.expected.length === 0)).toBe(true);
  });

  it.each(examples.map((example) => [example.input, example.expected] as const))(
    'reads %j as %j',
    (input, expected) => {
      expect(readWith(source, input)).toEqual(expected);
    },
  );

  const others = paperSources.filter((other) => other !== source);
  const positives = examples.filter((example) => example.expected.length > 0);
  it.each(positives.map((example) => [example.input] as const))('no other source claims %j', (input) => {
    for (const other of others) expect(readWith(other, input), other.name).toEqual([]);
  });

  it.each(positives.map((example) => [example.input, example.expected] as const))(
    'the merged reader agrees on %j',
    (input, expected) => {
      const { papers, searchQueries } = findPapers(input, EXAMPLES_NOW);
      expect([...papers.map((paper) => paper.id), ...searchQueries.map((q) => `search:${q}`)]).toEqual(expected);
    },
  );

  it('has rules that fit the anchored scanner', () => {
    for (const { pattern } of source.rules) {
      expect(() => anchorOf(pattern)).not.toThrow();
      expect(pattern.flags).toBe('');
    }
  });

  it('has match patterns that Chrome accepts', () => {
    for (const pattern of source.paperPagePatterns) {
      expect(pattern).toMatch(/^(\*|https?):\/\/(\*|\*\.[a-z0-9.-]+|[a-z0-9.-]+)\/.*$/);
    }
  });
});

describe('the registry', () => {
  it('lists as inline-link sites exactly the sources that have a content script', async () => {
    const { readdirSync } = await import('node:fs');
    const contentScripts = readdirSync('entrypoints')
      .filter((file) => file.endsWith('.content.ts'))
      .map((file) => file.replace('.content.ts', ''));
    const withLinkPages = paperSources.filter((source) => 'linkPagePatterns' in source).map((source) => source.name);
    expect([...INLINE_LINK_SITES].sort()).toEqual(withLinkPages.sort());
    expect(contentScripts.sort()).toEqual(withLinkPages.sort());
  });

  it('gives every source a unique name and label', () => {
    expect(new Set(paperSources.map((source) => source.name)).size).toBe(paperSources.length);
    expect(new Set(paperSources.map((source) => source.label)).size).toBe(paperSources.length);
  });
});
