import { render } from 'preact';
import { browser } from 'wxt/browser';
import { resolveLang } from '../../utils/i18n';
import { Options } from './Options';

const lang = resolveLang('auto', browser.i18n.getUILanguage());
document.documentElement.lang = lang;
render(<Options lang={lang} />, document.getElementById('app')!);
