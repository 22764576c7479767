import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { paperSources } from '@/utils/sources';
import {
  DEFAULT_SETTINGS,
  INLINE_LINK_SITES,
  loadSettings,
  saveSettings,
  watchSettings,
  type InlineLinkSite,
  type Settings,
} from '@/utils/settings';

const siteLabel = (site: InlineLinkSite) => paperSources.find((source) => source.name === site)?.label ?? site;

export function Options() {
  const [settings, setSettings] = useState<Settings>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void loadSettings().then(setSettings);
    // Another options tab or the popup may change them too.
    return watchSettings(setSettings);
  }, []);

  if (!settings) return null;

  function save(next: Settings) {
    setSettings(next);
    setSaved(true);
    void saveSettings(next);
  }
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => save({ ...settings!, [key]: value });

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionsOpenIn')}</legend>
        <label>
          <input type="radio" name="openIn" checked={settings.openIn === 'new-tab'} onChange={() => set('openIn', 'new-tab')} />{' '}
          {t('optionsOpenInNewTab')}
        </label>
        <label>
          <input type="radio" name="openIn" checked={settings.openIn === 'current-tab'} onChange={() => set('openIn', 'current-tab')} />{' '}
          {t('optionsOpenInCurrentTab')}
        </label>
        <label>
          <input type="checkbox" name="activateNewTab" checked={settings.activateNewTab} onChange={(event) => set('activateNewTab', event.currentTarget.checked)} />{' '}
          {t('optionsActivate')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsSearchBranch')}</legend>
        <label>
          <input type="radio" name="searchBranch" checked={settings.searchBranch === 'arxiv'} onChange={() => set('searchBranch', 'arxiv')} />{' '}
          {t('popupBranchArxiv')}
        </label>
        <label>
          <input type="radio" name="searchBranch" checked={settings.searchBranch === 'venue'} onChange={() => set('searchBranch', 'venue')} />{' '}
          {t('popupBranchVenue')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsInlineLinks')}</legend>
        {INLINE_LINK_SITES.map((site) => (
          <label key={site}>
            <input
              type="checkbox"
              name={`inline-${site}`}
              checked={settings.inlineLinks[site]}
              onChange={(event) => set('inlineLinks', { ...settings.inlineLinks, [site]: event.currentTarget.checked })}
            />{' '}
            {siteLabel(site)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsNotificationsTitle')}</legend>
        <label>
          <input type="checkbox" name="notifications" checked={settings.notifications} onChange={(event) => set('notifications', event.currentTarget.checked)} />{' '}
          {t('optionsNotifications')}
        </label>
      </fieldset>
      <p class="muted">{t(import.meta.env.FIREFOX ? 'optionsShortcutFirefox' : 'optionsShortcut')}</p>
      <div class="row">
        <button type="button" class="reset" onClick={() => save(DEFAULT_SETTINGS)}>
          {t('optionsReset')}
        </button>
        <span class="muted" role="status">{saved ? t('optionsSaved') : ''}</span>
      </div>
    </main>
  );
}
