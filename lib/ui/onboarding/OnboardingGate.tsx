import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { t } from '../../i18n/t';
import { useLiveQuery } from '../use-live-query';
import { skipGuide } from './actions';
import { WELCOME_HASH, readOnboarding } from './state';
import { WelcomeDialog } from './WelcomeDialog';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './onboarding.css';

/** Back to the first tab, without a history entry that would reopen the guide. */
function leave() {
  history.replaceState(null, '', location.pathname);
  dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * The first-run guide on the options page: the dialog at options.html#welcome (opened by the service worker on
 * install), and until it is finished or skipped a small banner that leads back to it.
 */
export function OnboardingGate() {
  const [atWelcome, setAtWelcome] = useState(location.hash === WELCOME_HASH);
  const state = useLiveQuery(() => readOnboarding(getDb()).then((s) => ({ s })), []);
  useEffect(() => {
    const onHash = () => setAtWelcome(location.hash === WELCOME_HASH);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  if (!state) return null;
  if (atWelcome) return <WelcomeDialog onClose={leave} />;
  if (state.s !== null) return null;
  return (
    <aside class="ob-banner" aria-label={t('obTitle')}>
      <span>{t('obBannerText')}</span>
      <a class="ob-banner-start" href={WELCOME_HASH}>
        {t('obBannerStart')}
      </a>
      <button type="button" class="ob-link" onClick={() => void skipGuide()}>
        {t('obBannerDismiss')}
      </button>
    </aside>
  );
}
