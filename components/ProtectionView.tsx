/** The self-check in plain words: what is fine, what needs the parent, and how to fix it. */
import { useDashboard } from './dashboardStore';
import { useI18n } from './i18n';

export function ProtectionView() {
  const { t, language } = useI18n();
  const state = useDashboard((s) => s.state);
  if (!state) return <p>{t('common.loading')}</p>;
  const { status } = state;
  const time = status.lastHeartbeat
    ? new Date(status.lastHeartbeat).toLocaleString(language === 'ur' ? 'ur-PK' : 'en')
    : t('protection.heartbeat.never');
  return (
    <section aria-labelledby="protection-title">
      <h1 id="protection-title">{t('protection.title')}</h1>
      <p className="muted">{t('protection.intro')}</p>
      <ul className="panel" style={{ listStyle: 'none', display: 'grid', gap: '0.6rem' }}>
        <li
          className={status.incognitoAllowed === false ? 'notice' : 'good'}
          data-testid="check-incognito"
          data-ok={String(status.incognitoAllowed !== false)}
        >
          {status.incognitoAllowed === false
            ? t('protection.incognito.missing')
            : t('protection.incognito.ok')}
        </li>
        <li
          className={status.hostAccess ? 'good' : 'notice'}
          data-testid="check-host-access"
          data-ok={String(status.hostAccess)}
        >
          {status.hostAccess ? t('protection.hostAccess.ok') : t('protection.hostAccess.missing')}
        </li>
        <li>{t('protection.heartbeat', { time })}</li>
        <li data-testid="rules-count">{t('protection.rules', { count: status.rulesInForce })}</li>
      </ul>
    </section>
  );
}
