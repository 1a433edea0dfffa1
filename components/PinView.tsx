/**
 * The parent PIN page: set a first PIN, unlock, change it (after unlocking), lock now; what to do about a forgotten
 * PIN; and an honest guide to locking down the browser at home, since a PIN alone is a speed bump.
 */
import type { MessageKey } from '../lib/i18n';
import { useDashboard } from './dashboardStore';
import { useI18n } from './i18n';
import { SetPinForm, UnlockForm } from './PinForms';

const GUIDE = ['account', 'incognito', 'guest', 'profiles', 'developer', 'policy'] as const;

export function PinStatus() {
  const { t } = useI18n();
  const state = useDashboard((s) => s.state);
  const token = useDashboard((s) => s.token);
  const lock = useDashboard((s) => s.lock);
  if (!state) return <p>{t('common.loading')}</p>;
  if (state.pin.corrupt) return <p className="notice">{t('pin.corrupt')}</p>;
  if (!state.pin.set) return <SetPinForm />;
  if (!state.unlocked || token === null) return <UnlockForm />;
  return (
    <p className="good row" style={{ justifyContent: 'space-between' }}>
      <span data-testid="unlocked">{t('pin.unlocked')}</span>
      <button type="button" className="secondary" onClick={() => lock()} data-testid="lock-now">
        {t('pin.lock')}
      </button>
    </p>
  );
}

export function PinView() {
  const { t } = useI18n();
  const state = useDashboard((s) => s.state);
  const token = useDashboard((s) => s.token);
  const unlocked = !!state?.unlocked && token !== null;
  return (
    <section aria-labelledby="pin-title">
      <h1 id="pin-title">{t('pinpage.title')}</h1>
      <p className="muted">{t('pinpage.intro')}</p>
      <PinStatus />
      {unlocked && state?.pin.set && <SetPinForm mode="change" />}
      <div className="panel" data-testid="pin-forgotten">
        <h2>{t('pinpage.forgot.title')}</h2>
        <p>{t('pinpage.forgot.home')}</p>
        <p>
          {state?.resolved.parentPinReset
            ? t('pinpage.forgot.schoolCan', { org: state.resolved.managedBy ?? t('locked.byUnnamed') })
            : t('pinpage.forgot.school')}
        </p>
      </div>
      <div className="panel" data-testid="lockdown-guide">
        <h2>{t('lockdown.title')}</h2>
        <p>{t('lockdown.intro')}</p>
        {GUIDE.map((part) => (
          <div key={part}>
            <h3>{t(`lockdown.${part}.title` as MessageKey)}</h3>
            <p>{t(`lockdown.${part}.body` as MessageKey)}</p>
          </div>
        ))}
        <p className="notice">{t('lockdown.honest')}</p>
      </div>
    </section>
  );
}
