import { render } from 'preact';
import { Options } from '@/components/Options';
import '@/components/theme.css';

document.title = browser.i18n.getMessage('optionsTitle');
render(<Options />, document.getElementById('app')!);
