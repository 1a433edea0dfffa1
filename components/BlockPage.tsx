/**
 * The block page: calm and kind, says which category and that the child did nothing wrong. Inside a frame (an ad or
 * a widget on another page) it shows only a small neutral notice and records nothing, so ads are not counted as
 * "attempts".
 */
import { useEffect, useMemo } from 'react';
import { parseBlockedAddress } from '../lib/enforce/blockPageAddress';
import { SAFE_ENGINE_NAMES } from '../lib/enforce/engines';
import { useDashboard } from './dashboardStore';
import { I18nProvider, useI18n } from './i18n';
import { languageFor } from './pageLanguage';

function inFrame(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

function BlockBody() {
  const { t } = useI18n();
  const info = useMemo(() => parseBlockedAddress(location.search, location.hash), []);
  if (inFrame()) {
    return (
      <p className="muted" style={{ padding: '0.5rem', fontSize: '0.85rem' }} data-testid="blocked-frame">
        {t('blocked.frame')}
      </p>
    );
  }
  const reasonText =
    info.reason === 'unsafe_engine'
      ? t('blocked.reason.unsafe_engine', { engines: SAFE_ENGINE_NAMES.join(', ') })
      : info.category === 'custom'
        ? t('blocked.reason.custom')
        : t('blocked.reason.category', { category: t(`category.${info.category}.name`) });
  return (
    <main style={{ maxWidth: '38rem', marginInline: 'auto', padding: '3rem 1rem' }}>
      <div className="panel" style={{ padding: '2rem' }}>
        <h1 data-testid="blocked-title">{t('blocked.title')}</h1>
        <p data-testid="blocked-reason">{reasonText}</p>
        <p>{t('blocked.kind')}</p>
        {info.host && (
          <p className="muted">
            {t('blocked.site')} <bdi dir="ltr">{info.host}</bdi>
          </p>
        )}
        <p className="muted">{t('blocked.askLater')}</p>
        <button type="button" onClick={() => history.back()}>
          {t('blocked.back')}
        </button>
      </div>
    </main>
  );
}

export function BlockPage() {
  const state = useDashboard((s) => s.state);
  const load = useDashboard((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <I18nProvider language={languageFor(state?.resolved.policy ?? null)}>
      <div data-ready={String(!!state)}>
        <BlockBody />
      </div>
    </I18nProvider>
  );
}
