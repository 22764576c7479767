import { compileScanner } from './scanner';
import { SeenIds } from './seen-ids';
import { type PaperRef, paperSources } from './sources';

/** The papers and old-style arXiv ids found in a text, de-duplicated, in order of appearance. */
export interface FoundPapers {
  papers: PaperRef[];
  /** Papers without a known papers.cool address (old-style arXiv ids, CVF papers before 2021 by title): searched instead. */
  searches: string[];
}

const scanAllSources = compileScanner(paperSources);

/**
 * Every paper mentioned in a text, from all sources, in order of first appearance. `seen`: the ids
 * of earlier parts of the same text, when it is read a part at a time.
 */
export function findPapers(text: string, now: Date = new Date(), seen = new SeenIds()): FoundPapers {
  const papers: PaperRef[] = [];
  const searches: string[] = [];
  for (const recognised of scanAllSources(text, now)) {
    if ('id' in recognised) {
      if (seen.addNew(recognised.id, recognised.branch === 'arxiv')) papers.push(recognised);
    } else if (seen.addNew(`search:${recognised.search}`, false)) searches.push(recognised.search);
  }
  return { papers, searches };
}
