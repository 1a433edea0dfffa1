/** The toolbar popup: protection status at a glance, and the way to the dashboard and the teen view. */
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { needsAttention } from '../lib/protection/selfCheck';
import { useDashboard } from './dashboardStore';
import { I18nProvider, useI18n } from './i18n';
import { languageFor } from './pageLanguage';

function open(hash: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html#/${hash}`) });
  window.close();
}

function PopupBody() {
  const { t } = useI18n();
  const state = useDashboard((s) => s.state);
  if (!state) return <p>{t('common.loading')}</p>;
  const attention = needsAttention(state.status);
  return (
    <div style={{ padding: '0.75rem', display: 'grid', gap: '0.6rem' }}>
      <strong>{t('app.name')}</strong>
      <p className={attention ? 'notice' : 'good'} data-testid="popup-status">
        {attention ? t('popup.attention') : t('popup.on')}
      </p>
      <button type="button" onClick={() => open('overview')}>
        {t('popup.dashboard')}
      </button>
      <button type="button" className="secondary" onClick={() => open('teen')}>
        {t('popup.teen')}
      </button>
    </div>
  );
}

export function Popup() {
  const state = useDashboard((s) => s.state);
  const load = useDashboard((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <I18nProvider language={languageFor(state?.resolved.policy ?? null)}>
      <div data-ready={String(!!state)}>
        <PopupBody />
      </div>
    </I18nProvider>
  );
}
