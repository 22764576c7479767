import { pmlrSource } from '../sources/pmlr';
import { createCoolPapersLink, createHtmlElement, hasCoolPapersLink, type InlineLabels } from './links';
import { paperReader, paperUrl } from './read';

/** PMLR paper pages list their links in `div#extras ul`; the id is in the citation meta tag. */
export function addPmlrLink(doc: Document, labels: InlineLabels, now: Date): boolean {
  const list = doc.querySelector('div#extras ul');
  const address =
    doc.querySelector('meta[name="citation_abstract_html_url"]')?.getAttribute('content') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const paper = paperReader(pmlrSource)(address, now);
  if (!list || !paper || hasCoolPapersLink(list)) return false;
  const item = createHtmlElement(doc, 'li');
  item.append(createCoolPapersLink(doc, paperUrl(paper), { text: labels.paper, title: labels.title }));
  list.append(item);
  return true;
}
