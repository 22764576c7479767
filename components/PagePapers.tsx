import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { describePaper } from '@/utils/intent';
import { isScriptablePage, PAGE_READ_LIMITS, papersOnPage, readPageForPapers, type PaperList } from '@/utils/page-papers';
import { paperPageUrls } from '@/utils/papers-cool';

type State = { kind: 'reading' } | { kind: 'unreadable' } | ({ kind: 'read' } & PaperList);

/**
 * "N papers on this page": the page is read only now, when the user opened the popup on it, through
 * the popup's activeTab grant.
 */
export function PagePapers({ tabId, address, onOpen }: { tabId: number; address?: string; onOpen: (urls: string[]) => void }) {
  const [state, setState] = useState<State>({ kind: 'reading' });

  useEffect(() => {
    if (!isScriptablePage(address)) {
      setState({ kind: 'unreadable' });
      return;
    }
    Promise.resolve()
      .then(() => browser.scripting.executeScript({ target: { tabId }, func: readPageForPapers, args: [PAGE_READ_LIMITS] }))
      .then(([injection]) => setState(injection?.result ? { kind: 'read', ...papersOnPage(injection.result) } : { kind: 'unreadable' }))
      // PDFs in the built-in viewer and pages Chrome protects refuse scripts.
      .catch(() => setState({ kind: 'unreadable' }));
  }, [tabId, address]);

  if (state.kind === 'reading') return <p class="muted">{t('pagePapersReading')}</p>;
  if (state.kind === 'unreadable') return <p class="muted">{t('pagePapersUnreadable')}</p>;
  if (state.papers.length === 0) return <p class="muted">{t('pagePapersNone')}</p>;

  const count = state.papers.length;
  return (
    <div class="page-papers">
      <div class="page-papers-head">
        <strong id="page-papers-count">{count === 1 ? t('pagePapersOne') : t('pagePapersMany', count)}</strong>
        <button type="button" class="primary" onClick={() => onOpen(paperPageUrls(state.groups.flatMap((group) => group.papers)))}>
          {t('pagePapersOpenAll')}
        </button>
      </div>
      {state.capped && <p class="note">{t('pagePapersCapped')}</p>}
      <div class="page-papers-list">
        {state.groups.map((group) => (
          <section key={group.label} aria-label={group.label}>
            <h2>
              {group.label} <span class="muted">({group.papers.length})</span>
            </h2>
            <ul>
              {group.papers.map((paper) => (
                <li key={paper.id}>
                  <span class="paper-name">{describePaper(paper)}</span>
                  <button type="button" class="link" onClick={() => onOpen(paperPageUrls([paper]))} aria-label={`${t('pagePapersOpen')} ${describePaper(paper)}`}>
                    {t('pagePapersOpen')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
