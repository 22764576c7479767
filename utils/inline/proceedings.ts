import type { PaperSource } from '../sources';
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

/**
 * For proceedings whose page markup we haven't verified (IJCAI, CVF, AAAI): the paper comes from
 * the page's own address, and the link goes right after the page's PDF link, in that link's style.
 * No PDF link, no link.
 */
export function addLinkAfterPdfLink(
  doc: Document,
  source: PaperSource,
  address: string,
  labels: InlineLabels,
  now: Date,
): boolean {
  const paper = paperReader(source)(address, now);
  const pdfLink = findPdfLink(doc);
  if (!paper || !pdfLink?.parentElement || hasCoolPapersLink(pdfLink.parentElement)) return false;
  pdfLink.after(
    ' ',
    createCoolPapersLink(doc, paperUrl(paper), {
      text: labels.paper,
      title: labels.title,
      className: pdfLink.className,
    }),
  );
  return true;
}

/**
 * The paper's own PDF link. OJS (AAAI) marks its PDF galley, which is linked as article/view/<n>/<m>;
 * elsewhere a link reading "PDF" comes before any link that merely ends in .pdf, because references
 * and citation exports on the same page link to PDFs and downloads too.
 */
function findPdfLink(doc: Document): HTMLAnchorElement | undefined {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[href]')];
  return (
    doc.querySelector<HTMLAnchorElement>('a.obj_galley_link.pdf[href]') ??
    links.find((link) => /^\s*\[?\s*pdf\s*\]?\s*$/i.test(link.textContent ?? '')) ??
    links.find((link) => /\.pdf$|\/download\//i.test(link.getAttribute('href') ?? ''))
  );
}
