import { aaaiSource } from './aaai';
import { aclSource } from './acl';
import { arxivSource } from './arxiv';
import { cvfSource } from './cvf';
import { ijcaiSource } from './ijcai';
import { openReviewSource } from './openreview';
import { pmlrSource } from './pmlr';
import type { PaperSource } from './types';
import { usenixSource } from './usenix';

export type { Branch, MentionRule, PaperRef, PaperSource, Recognised } from './types';

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

/** Match patterns of every source's paper pages and PDFs. */
export const allPaperPagePatterns: string[] = paperSources.flatMap((source) => source.paperPagePatterns);
