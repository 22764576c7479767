import { paperPageUrls } from '../papers-cool';
import { compileScanner } from '../scanner';
import type { PaperRef, PaperSource } from '../sources';

/** A reader of one source's papers out of ids, labels or addresses taken from a page. */
export function paperReader(source: PaperSource) {
  const scan = compileScanner([source]);
  return (text: string | null | undefined, now: Date): PaperRef | undefined => {
    const found = text ? scan(text, now)[0] : undefined;
    return found && 'id' in found ? found : undefined;
  };
}

export function paperUrl(paper: PaperRef): string {
  return paperPageUrls([paper])[0];
}
