import { render } from 'preact';
import { t } from '../../i18n/t';
import { OptionsApp, preloadCurrentTab } from './OptionsApp';

export function mountOptions(): void {
  preloadCurrentTab();
  // The page's language follows the UI strings (screen readers, CJK line breaking).
  document.documentElement.lang = t('uiLanguage');
  document.title = t('optionsPageTitle');
  render(<OptionsApp />, document.getElementById('app')!);
}
