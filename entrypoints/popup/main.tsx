import { render } from 'preact';
import { Popup } from '@/components/Popup';
import '@/components/theme.css';

// HTML pages get no __MSG_…__ substitution: the title comes from the messages here.
document.title = browser.i18n.getMessage('extName');
render(<Popup />, document.getElementById('app')!);
