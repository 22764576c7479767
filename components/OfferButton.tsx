import { t } from '@/utils/i18n';

/** One click to what the current tab is, or lists: "Current tab: arXiv 2410.12345   Open →". */
export function OfferButton({
  label,
  name,
  id,
  onClick,
}: {
  label: string;
  name: string;
  id?: string;
  onClick: () => void;
}) {
  return (
    <button type="button" class="current-paper" id={id} onClick={onClick}>
      <span class="muted">{label}:</span> {name}
      <span class="action">{t('popupOpenCurrent')} →</span>
    </button>
  );
}
