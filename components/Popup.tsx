/**
 * The toolbar popup: protection status at a glance, a pause for N minutes (parent PIN; see lib/policy/pause.ts for
 * what a pause lifts and what it never does) with a live countdown, and the way to the dashboard and the teen view.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { formatCountdown, PAUSE_MINUTES, type PauseMinutes } from '../lib/policy/pause';
import { needsAttention } from '../lib/protection/selfCheck';
import { request } from './api';
import { useDashboard } from './dashboardStore';
import { I18nProvider, useI18n } from './i18n';
import { languageFor } from './pageLanguage';

function open(hash: string) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html#/${hash}`) });
  window.close();
}

/** Re-renders every second while `on`, for the countdown. */
function useTicker(on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [on]);
  return now;
}

function PauseForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const load = useDashboard((s) => s.load);
  const [minutes, setMinutes] = useState<PauseMinutes>(30);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The PIN opens a session just for this pause, which is closed again at once.
    const unlocked = await request('pin/unlock', { pin });
    setPin('');
    if (!unlocked.ok) {
      const e = unlocked.error;
      setError(
        e.code === 'rate_limited'
          ? t('pin.unlock.wait', { seconds: Math.ceil((e.retryAfterMs ?? 0) / 1000) })
          : e.code === 'wrong_pin'
            ? t('pin.unlock.wrong')
            : e.code === 'pin_invalid' && e.detail === 'no_pin'
              ? t('popup.pause.noPin')
              : t('common.error', { message: e.code }),
      );
      return;
    }
    const token = unlocked.data.token;
    const started = await request('pause/start', { token, minutes });
    await request('pin/lock', { token });
    if (!started.ok) {
      setError(t('common.error', { message: started.error.code }));
      return;
    }
    await load();
    onDone();
  }

  return (
    <form onSubmit={submit} className="panel" style={{ margin: 0 }} data-testid="pause-form">
      <p className="muted" style={{ marginTop: 0 }}>
        {t('popup.pause.help')}
      </p>
      <div className="row">
        <label>
          {t('popup.pause.for')}{' '}
          <select
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value) as PauseMinutes)}
            data-testid="pause-minutes"
          >
            {PAUSE_MINUTES.map((m) => (
              <option key={m} value={m}>
                {t('popup.pause.minutes', { minutes: m })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pin.unlock.label')}{' '}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            size={8}
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            data-testid="pause-pin"
          />
        </label>
        <button type="submit" data-testid="pause-start">
          {t('popup.pause.start')}
        </button>
      </div>
      {error && (
        <p role="alert" className="notice" data-testid="pause-error">
          {error}
        </p>
      )}
    </form>
  );
}

function PopupBody() {
  const { t } = useI18n();
  const state = useDashboard((s) => s.state);
  const pause = useDashboard((s) => s.pause);
  const endPause = useDashboard((s) => s.endPause);
  const load = useDashboard((s) => s.load);
  const [pausing, setPausing] = useState(false);
  const receivedAt = useDashboard((s) => s.pauseReceivedAt);
  const paused = pause?.active === true;
  const now = useTicker(paused);
  // The countdown runs on this page's clock from what the background said was left when it answered.
  const remaining = pause?.active ? pause.remainingMs - Math.max(0, now - receivedAt) : 0;
  useEffect(() => {
    if (paused && remaining <= 0) void load();
  }, [paused, remaining, load]);

  if (!state) return <p>{t('common.loading')}</p>;
  const attention = needsAttention(state.status);
  return (
    <div style={{ padding: '0.75rem', display: 'grid', gap: '0.6rem', minWidth: '20rem' }}>
      <strong>{t('app.name')}</strong>
      <p className={attention || paused ? 'notice' : 'good'} data-testid="popup-status">
        {paused ? t('popup.paused') : attention ? t('popup.attention') : t('popup.on')}
      </p>
      {paused ? (
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <span role="timer" aria-live="off" data-testid="pause-countdown">
            {t('popup.pause.left', { time: formatCountdown(remaining) })}
          </span>
          <button type="button" className="secondary" onClick={() => endPause()} data-testid="pause-end">
            {t('popup.pause.end')}
          </button>
        </div>
      ) : pausing ? (
        <PauseForm onDone={() => setPausing(false)} />
      ) : state.resolved.noParent ? null : (
        <button type="button" className="secondary" onClick={() => setPausing(true)} data-testid="pause-open">
          {t('popup.pause.open')}
        </button>
      )}
      <button type="button" onClick={() => open('overview')}>
        {state.resolved.noParent ? t('school.popup.dashboard') : t('popup.dashboard')}
      </button>
      <button type="button" className="secondary" onClick={() => open('teen')}>
        {state.resolved.noParent ? t('school.nav.teen') : t('popup.teen')}
      </button>
      <button type="button" className="secondary" onClick={() => open('admin')} data-testid="popup-admin">
        {t('admin.popup')}
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
