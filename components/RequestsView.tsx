/**
 * Access requests from the block page: the parent approves for 15 minutes, an hour, the rest of today or always, or
 * declines with a note the teen will see. Also the "this looks wrong" reports.
 */
import { useEffect, useState } from 'react';
import type { AccessState } from '../lib/appState';
import type { ApprovalDuration } from '../lib/lists/approvals';
import type { MessageKey } from '../lib/i18n';
import { request } from './api';
import { useDashboard } from './dashboardStore';
import { SourceBadge } from './Field';
import { useI18n } from './i18n';

const DURATIONS: ApprovalDuration[] = ['15m', '1h', 'today', 'always'];

export function RequestsView() {
  const { t, language } = useI18n();
  const token = useDashboard((s) => s.token);
  const unlocked = useDashboard((s) => s.state?.unlocked ?? false) && token !== null;
  const resolved = useDashboard((s) => s.state?.resolved ?? null);
  const noParent = resolved?.noParent ?? false;
  // An approval is an allow entry with an end: where the school locks the allow list, only the school can open a site.
  const allowLocked = resolved?.fields.allowDomains.locked ?? false;
  const [access, setAccess] = useState<AccessState | null>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const when = (ms: number) => new Date(ms).toLocaleString(language === 'ur' ? 'ur-PK' : 'en');

  useEffect(() => {
    let live = true;
    void request('access/list', {}).then((reply) => {
      if (live && reply.ok) setAccess(reply.data);
    });
    return () => {
      live = false;
    };
  }, []);

  async function decide(id: string, decision: 'approve' | 'decline', duration?: ApprovalDuration) {
    if (!token) return;
    const note = notes[id]?.trim();
    const reply = await request('access/decide', {
      token,
      id,
      decision,
      ...(duration ? { duration } : {}),
      ...(note ? { note } : {}),
    });
    if (reply.ok) setAccess(reply.data);
  }

  if (!access) return <p>{t('common.loading')}</p>;
  const pending = access.requests.filter((r) => r.status === 'pending');
  const decided = access.requests.filter((r) => r.status !== 'pending');
  return (
    <section aria-labelledby="requests-title">
      <h1 id="requests-title">{t('requests.title')}</h1>
      {noParent ? (
        <p className="notice" data-testid="no-parent-requests">
          {t('school.requests.noParent')}
        </p>
      ) : (
        !unlocked && <p className="notice">{t('requests.unlockToDecide')}</p>
      )}
      {allowLocked && resolved && !noParent && (
        <p>
          {t('field.allowDomains')}:{' '}
          <SourceBadge origin={resolved.fields.allowDomains} managedBy={resolved.managedBy} />
        </p>
      )}
      {pending.length === 0 && <p className="muted">{t('requests.none')}</p>}
      {pending.map((r) => (
        <div key={r.id} className="panel" data-testid="request" data-domain={r.domain}>
          <p>
            <strong dir="ltr">{r.domain}</strong> · {t(`category.${r.category}.name` as MessageKey)} ·{' '}
            <span className="muted">{when(r.at)}</span>
          </p>
          {r.reason && <p>{t('requests.reason', { reason: r.reason })}</p>}
          <div className="row">
            {DURATIONS.map((d) => (
              <button
                key={d}
                type="button"
                disabled={!unlocked || allowLocked}
                onClick={() => decide(r.id, 'approve', d)}
                data-testid={`approve-${d}`}
              >
                {t(`requests.approve.${d}`)}
              </button>
            ))}
          </div>
          <div className="row" style={{ marginBlockStart: '0.5rem' }}>
            <input
              type="text"
              maxLength={200}
              aria-label={t('requests.noteLabel')}
              placeholder={t('requests.noteLabel')}
              value={notes[r.id] ?? ''}
              disabled={!unlocked}
              onChange={(e) => setNotes({ ...notes, [r.id]: e.target.value })}
            />
            <button
              type="button"
              className="secondary"
              disabled={!unlocked}
              onClick={() => decide(r.id, 'decline')}
              data-testid="decline"
            >
              {t('requests.decline')}
            </button>
          </div>
        </div>
      ))}
      {decided.length > 0 && (
        <div className="panel">
          <h2>{t('requests.decided')}</h2>
          <ul>
            {decided.slice(0, 20).map((r) => (
              <li key={r.id}>
                <bdi dir="ltr">{r.domain}</bdi> · {t(`requests.status.${r.status}`)}
                {r.until ? ` · ${t('requests.until', { time: when(r.until) })}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {access.reports.length > 0 && (
        <div className="panel">
          <h2>{t('requests.reports')}</h2>
          <ul>
            {access.reports.map((r) => (
              <li key={r.domain}>
                <bdi dir="ltr">{r.domain}</bdi> · {t(`category.${r.category}.name` as MessageKey)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
