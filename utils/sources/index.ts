import { aaaiExamples, aaaiSource } from './aaai';
import { aclExamples, aclSource } from './acl';
import { arxivExamples, arxivSource } from './arxiv';
import { cvfExamples, cvfSource } from './cvf';
import { ijcaiExamples, ijcaiSource } from './ijcai';
import { openReviewExamples, openReviewSource } from './openreview';
import { pmlrExamples, pmlrSource } from './pmlr';
import type { PaperSource, SourceExample, SourceName } from './types';
import { usenixExamples, usenixSource } from './usenix';

export type {
  Branch,
  InlineLinkSite,
  InlineLinkSource,
  MentionRule,
  PaperRef,
  PaperSource,
  Recognised,
  SourceName,
} from './types';
export { INLINE_LINK_SITES } from './types';

/** Every source the extension knows, in the order their ids are described to users. */
export const paperSources: readonly PaperSource[] = [
  arxivSource,
  openReviewSource,
  aclSource,
  ijcaiSource,
  pmlrSource,
  aaaiSource,
  cvfSource,
  usenixSource,
];

/** Each source's example table, by source name (tests only). */
export const sourceExamples: Record<SourceName, SourceExample[]> = {
  arxiv: arxivExamples,
  openreview: openReviewExamples,
  acl: aclExamples,
  ijcai: ijcaiExamples,
  pmlr: pmlrExamples,
  aaai: aaaiExamples,
  cvf: cvfExamples,
  usenix: usenixExamples,
};

/** What users call the source named `name`. */
export function sourceLabel(name: SourceName): string {
  return paperSources.find((source) => source.name === name)!.label;
}

/** Match patterns of every source's paper pages and PDFs. */
export const allPaperPagePatterns: string[] = paperSources.flatMap((source) => source.paperPagePatterns);
