import { aclSource } from '../sources/acl';
import { createCoolPapersLink, hasCoolPapersLink, type InlineLabels } from './links';
import { paperReader, paperUrl } from './read';

const aclPaperFrom = paperReader(aclSource);

/** The paper of an Anthology paper page: its canonical address, else the "Anthology ID" field. */
export function readAclPaper(doc: Document, now: Date) {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const idField = [...doc.querySelectorAll('div.acl-paper-details dt')].find((dt) =>
    /Anthology ID/i.test(dt.textContent ?? ''),
  );
  return aclPaperFrom(canonical, now) ?? aclPaperFrom(idField?.nextElementSibling?.textContent, now);
}

/** A button in the paper page's button row, styled like its Cite and Search neighbours. */
export function addAclPaperLink(doc: Document, labels: InlineLabels, now: Date): boolean {
  const row = doc.querySelector('div.acl-paper-link-block');
  const paper = readAclPaper(doc, now);
  if (!row || !paper || hasCoolPapersLink(row)) return false;
  const neighbour = row.querySelector('a.btn-secondary');
  const className = neighbour ? neighbour.className : 'btn btn-secondary';
  const link = createCoolPapersLink(doc, paperUrl(paper), { text: labels.paper, title: labels.title, className });
  // With the paper's own buttons, before "Fix data", which is about the page rather than the paper.
  const fixData = row.querySelector(':scope > a.btn-warning');
  if (fixData) fixData.before(link);
  else row.append(link);
  return true;
}

/** A badge in each paper entry's button row on volume and event pages. */
export function addAclEntryLinks(doc: Document, labels: InlineLabels, now: Date): number {
  let added = 0;
  for (const row of doc.querySelectorAll('span.list-button-row')) {
    const pdf = row.querySelector('a[href$=".pdf"]');
    // Whole-volume PDFs and front matter (number 0) name no paper, so they get no badge.
    const paper = aclPaperFrom(pdf?.getAttribute('href'), now);
    if (!paper || hasCoolPapersLink(row)) continue;
    row.append(
      createCoolPapersLink(doc, paperUrl(paper), {
        text: labels.entry,
        title: labels.title,
        className: 'badge badge-info align-middle mr-1',
      }),
    );
    added++;
  }
  return added;
}

export function addAclLinks(doc: Document, labels: InlineLabels, now: Date): void {
  if (!addAclPaperLink(doc, labels, now)) addAclEntryLinks(doc, labels, now);
}
