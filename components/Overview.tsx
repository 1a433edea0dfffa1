/**
 * The summary both parent and teen see: counts per kind for today, 7 or 30 days, against the previous period.
 * Categories and numbers only; the dashboard issue adds charts and trends on top of these figures.
 */
import { useEffect, useState } from 'react';
import type { SummaryReply } from '../lib/appState';
import type { MessageKey } from '../lib/i18n';
import { request } from './api';
import { useI18n } from './i18n';

const PERIODS = [
  { days: 1, label: 'overview.period.today' },
  { days: 7, label: 'overview.period.week' },
  { days: 30, label: 'overview.period.month' },
] as const;

const KINDS = ['block', 'safe_search', 'chat_prompt', 'access_request', 'protection_gap'] as const;

export function Overview({ headingId }: { headingId: string }) {
  const { t } = useI18n();
  const [days, setDays] = useState<1 | 7 | 30>(7);
  const [summary, setSummary] = useState<SummaryReply | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void request('summary/get', { days }).then((reply) => {
      if (!live) return;
      if (reply.ok) setSummary(reply.data);
      else setError(reply.error.code);
    });
    return () => {
      live = false;
    };
  }, [days]);

  return (
    <div>
      <div className="row" role="group" aria-labelledby={headingId}>
        {PERIODS.map((p) => (
          <button
            key={p.days}
            type="button"
            className={p.days === days ? '' : 'secondary'}
            aria-pressed={p.days === days}
            onClick={() => setDays(p.days)}
          >
            {t(p.label)}
          </button>
        ))}
      </div>
      {error && <p className="notice">{t('common.error', { message: error })}</p>}
      {!summary && !error && <p>{t('common.loading')}</p>}
      {summary && (
        <table
          className="panel"
          style={{ marginBlockStart: '1rem', width: '100%' }}
          data-testid="summary-table"
        >
          <tbody>
            {KINDS.map((kind) => (
              <tr key={kind} data-kind={kind}>
                <th scope="row" style={{ textAlign: 'start' }}>
                  {t(`overview.kind.${kind}` as MessageKey)}
                </th>
                <td data-testid={`count-${kind}`}>{summary.current.totals[kind]}</td>
                <td className="muted">{t('overview.previous', { count: summary.previous.totals[kind] })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t('overview.privacyNote')}</p>
    </div>
  );
}
