import { useState } from 'preact/hooks';

import { t } from '@/utils/i18n';
import type { Listing } from '@/utils/listings';

import { OfferButton } from './OfferButton';

/** On an arXiv category or conference page: its papers.cool listing, and the listing's feed to copy. */
export function ListingOffer({ listing, onOpen }: { listing: Listing; onOpen: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="listing">
      <OfferButton label={t('popupListing')} name={listing.name} id="listing-open" onClick={onOpen} />
      <label class="feed">
        <span class="muted">{t('popupFeed')}</span>
        <input id="listing-feed" readonly value={listing.feedUrl} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          class="link"
          onClick={() =>
            void navigator.clipboard.writeText(listing.feedUrl).then(
              () => setCopied(true),
              // Without clipboard access the address stays selectable in the box.
              () => setCopied(false),
            )
          }
        >
          {copied ? t('popupCopied') : t('popupCopy')}
        </button>
      </label>
    </div>
  );
}
