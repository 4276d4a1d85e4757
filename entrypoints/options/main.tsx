import { render } from 'preact';
import { t } from '../../lib/i18n/t';
import { OptionsApp } from '../../lib/ui/options/OptionsApp';

// The page's language follows the UI strings (screen readers, CJK line breaking).
document.documentElement.lang = t('uiLanguage');

render(<OptionsApp />, document.getElementById('app')!);
