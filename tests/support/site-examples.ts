import { paperSources } from '../../utils/sources';
import type { PaperSource, SiteExamples, SourceExample } from '../../utils/sources/types';

// Each site file ends with its `examples`; they are found here, so a new site needs no list of tests.
const siteModules = import.meta.glob<{ examples?: SiteExamples }>('../../utils/sources/*.ts', { eager: true });

/** Each registered site with the examples of its file. */
export const sitesWithExamples: [PaperSource, SiteExamples][] = paperSources.map((source) => {
  const module = Object.values(siteModules).find((exports) =>
    Object.values(exports as Record<string, unknown>).includes(source),
  );
  return [source, module?.examples ?? {}];
});

/** Every site's id examples. */
export const idExamples: SourceExample[] = sitesWithExamples.flatMap(([, examples]) => examples.ids ?? []);

/** Every site's listing examples: an address and the papers.cool listing it opens (undefined: none). */
export const listingExamples = sitesWithExamples.flatMap(([, examples]) => examples.listings ?? []);

/** Files in utils/sources that hold examples (every site file does). */
export const filesWithExamples = Object.entries(siteModules)
  .filter(([, exports]) => exports.examples)
  .map(([path]) => path);
