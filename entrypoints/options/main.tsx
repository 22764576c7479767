import { render } from 'preact';
import { Options } from '@/components/Options';
import { t } from '@/utils/i18n';
import '@/components/theme.css';

document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
