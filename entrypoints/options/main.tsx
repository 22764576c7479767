import '@/components/theme.css';

import { render } from 'preact';

import { Options } from '@/components/Options';
import { t } from '@/utils/i18n';

document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
