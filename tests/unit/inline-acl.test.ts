// @vitest-environment happy-dom
// utils/inline/acl.ts: the links on ACL Anthology paper, volume and event pages.
import { describe, expect, it } from 'vitest';

import { addAclEntryLinks, addAclPaperLink, readAclPaper } from '../../utils/inline/acl';
import { EXAMPLES_NOW as now } from '../../utils/sources/types';
import { fixture, hrefs, labels, ourLinks } from '../support/inline-page';

describe('ACL Anthology', () => {
  it('reads the paper of a paper page', () => {
    expect(readAclPaper(fixture('acl-paper.html'), now)?.id).toBe('2024.acl-long.123@ACL');
  });

  it('adds a button styled like Cite and Search to the Bootstrap 5 button row, once', () => {
    const doc = fixture('acl-paper.html');
    expect(addAclPaperLink(doc, labels, now)).toBe(true);
    expect(addAclPaperLink(doc, labels, now)).toBe(false);
    const [link] = ourLinks(doc);
    expect(link.getAttribute('href')).toBe('https://papers.cool/venue/2024.acl-long.123@ACL');
    expect(link.className).toBe('btn btn-secondary');
    expect(link.parentElement!.classList.contains('acl-paper-link-block')).toBe(true);
    expect(link.nextElementSibling!.textContent).toBe('Fix data');
  });

  it('adds a badge to each paper of a volume page, not to the front matter', () => {
    const doc = fixture('acl-volume.html');
    expect(addAclEntryLinks(doc, labels, now)).toBe(2);
    expect(addAclEntryLinks(doc, labels, now)).toBe(0);
    expect(hrefs(doc)).toEqual([
      'https://papers.cool/venue/2024.acl-long.1@ACL',
      'https://papers.cool/venue/2024.acl-long.2@ACL',
    ]);
  });
});
