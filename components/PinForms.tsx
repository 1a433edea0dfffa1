/** Setting and entering the parent PIN. Errors are explained in plain words; a rate limit says how long to wait. */
import { useState, type FormEvent } from 'react';
import type { MessageError } from '../lib/messaging';
import type { MessageKey } from '../lib/i18n';
import { useDashboard } from './dashboardStore';
import { useI18n } from './i18n';

function useErrorText() {
  const { t } = useI18n();
  return (error: MessageError | null): string | null => {
    if (!error) return null;
    if (error.code === 'rate_limited') {
      return t('pin.unlock.wait', { seconds: Math.ceil((error.retryAfterMs ?? 0) / 1000) });
    }
    if (error.code === 'wrong_pin') return t('pin.unlock.wrong');
    if (error.code === 'pin_corrupt') return t('pin.corrupt');
    if (error.code === 'pin_invalid' && error.detail) {
      const key = `pin.error.${error.detail}` as MessageKey;
      return t(key);
    }
    return t('common.error', { message: error.code });
  };
}

/** A first PIN, or (mode 'change', after unlocking) a new one in place of the old. */
export function SetPinForm({ mode = 'set' }: { mode?: 'set' | 'change' }) {
  const { t } = useI18n();
  const setPin = useDashboard((s) => s.setPin);
  const [pin, setPinValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const errorText = useErrorText();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChanged(false);
    if (pin !== confirm) {
      setError(t('pin.set.mismatch'));
      return;
    }
    const result = await setPin(pin);
    setError(errorText(result));
    if (!result) {
      setPinValue('');
      setConfirm('');
      setChanged(mode === 'change');
    }
  }

  const titleId = mode === 'change' ? 'change-pin-title' : 'set-pin-title';
  return (
    <form className="panel" onSubmit={submit} aria-labelledby={titleId} data-testid={`pin-form-${mode}`}>
      <h2 id={titleId}>{mode === 'change' ? t('pinpage.change.title') : t('pin.set.title')}</h2>
      <p className="muted">{t('pin.set.help')}</p>
      <div className="row">
        <label>
          {t('pin.set.label')}{' '}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={pin}
            onChange={(e) => setPinValue(e.target.value)}
            data-testid="pin-new"
          />
        </label>
        <label>
          {t('pin.set.confirm')}{' '}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            data-testid="pin-confirm"
          />
        </label>
        <button type="submit">{mode === 'change' ? t('pinpage.change.submit') : t('pin.set.submit')}</button>
      </div>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
      {changed && (
        <p role="status" className="good" data-testid="pin-changed">
          {t('pinpage.change.done')}
        </p>
      )}
    </form>
  );
}

export function UnlockForm() {
  const { t } = useI18n();
  const unlock = useDashboard((s) => s.unlock);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorText();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await unlock(pin);
    setPin('');
    setError(errorText(result));
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="unlock-title">
      <h2 id="unlock-title">{t('pin.unlock.title')}</h2>
      <p className="muted">{t('settings.readOnly')}</p>
      <div className="row">
        <label>
          {t('pin.unlock.label')}{' '}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            data-testid="pin-unlock"
          />
        </label>
        <button type="submit">{t('pin.unlock.submit')}</button>
      </div>
      {error && (
        <p role="alert" className="notice" data-testid="pin-error">
          {error}
        </p>
      )}
    </form>
  );
}
