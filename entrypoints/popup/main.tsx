import '@/components/theme.css';

import { render } from 'preact';

import { Popup } from '@/components/Popup';
import { t } from '@/utils/i18n';

// HTML pages get no __MSG_…__ substitution: the title comes from the messages here.
document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
