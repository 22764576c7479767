import { t } from '@/utils/i18n';
import type { Branch } from '@/utils/sources';

/** The arXiv / Venues choice of where words are searched. */
export function BranchSwitch({ value, onChange }: { value: Branch; onChange: (branch: Branch) => void }) {
  const choices: [Branch, string][] = [
    ['arxiv', t('popupBranchArxiv')],
    ['venue', t('popupBranchVenue')],
  ];
  return (
    <fieldset class="switch">
      <legend>{t('popupBranchLabel')}</legend>
      {choices.map(([branch, label]) => (
        <label key={branch} class={branch === value ? 'selected' : ''}>
          <input
            type="radio"
            name="branch"
            value={branch}
            checked={branch === value}
            onChange={() => onChange(branch)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
