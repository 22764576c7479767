/**
 * Two steps every reading of a text takes before it reads any mention, timed alone on the real
 * documents so the planner's rows can be read against them (docs/facts.md, Reading speed):
 * normalising the characters that hide in ids, and finding the anchors (every `.` and `/`) where the
 * sources' mentions start. v0.2.0 takes neither: it runs one pattern for arXiv ids and stops.
 */
import { normaliseForIds } from '../utils/normalise';

/** Every `.` and `/` of the text found with indexOf, as the scan finds them, and nothing read. */
export function countAnchors(text: string): number {
  let anchors = 0;
  for (const anchor of ['.', '/']) {
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) anchors++;
  }
  return anchors;
}

export const READING_STEPS: [string, (text: string) => unknown][] = [
  ['normalising alone (normaliseForIds)', normaliseForIds],
  ['finding every `.` and `/` alone (nothing read)', countAnchors],
  ['both steps alone', (text) => countAnchors(normaliseForIds(text))],
];
