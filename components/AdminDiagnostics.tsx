/**
 * Admin diagnostics (#/admin), for whoever manages this device's browser policy: the policy Hifazat received, the
 * values that mean nothing, the keys that did not arrive, the hardening checklist and the state of school reports.
 * Read-only, no PIN: it shows only the school's own configuration.
 */
import { useEffect, useState } from 'react';
import type { MessageKey } from '../lib/i18n';
import type { PolicyProblem } from '../lib/school/diagnose';
import type { HardeningCheck } from '../lib/school/hardening';
import type { AdminDiagnostics as Diagnostics } from '../lib/school/types';
import { request } from './api';
import { useI18n } from './i18n';

function useWhen() {
  const { language } = useI18n();
  return (ms: number) => new Date(ms).toLocaleString(language === 'ur' ? 'ur-PK' : 'en');
}

function Problem({ problem }: { problem: PolicyProblem }) {
  const { t } = useI18n();
  const head =
    problem.problem === 'unknown_field'
      ? t('admin.problem.unknown_field')
      : problem.problem === 'not_an_object'
        ? t('admin.problem.not_an_object')
        : problem.problem === 'invalid_items'
          ? t('admin.problem.invalid_items')
          : t('admin.problem.invalid_value');
  return (
    <li data-testid="admin-problem" data-key={problem.key}>
      <code dir="ltr">{problem.key}</code>: {head}
      {problem.reason && (
        <>
          {' '}
          ({t(`admin.reason.${problem.reason}` as MessageKey)}
          {problem.message ? (
            <>
              {' · '}
              <bdi dir="ltr">{problem.message}</bdi>
            </>
          ) : null}
          )
        </>
      )}
      {problem.items.length > 0 && (
        <ul>
          {problem.items.map((item, i) => (
            <li key={i} data-testid="admin-bad-item" data-reason={item.reason}>
              <code dir="ltr">{item.value}</code>: {t(`admin.reason.${item.reason}` as MessageKey)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Check({ check }: { check: HardeningCheck }) {
  const { t } = useI18n();
  const label = t(`admin.check.${check.id}` as MessageKey);
  const where = check.policies.join(', ');
  return (
    <li
      className={check.status === 'ok' ? 'good' : check.status === 'problem' ? 'notice' : undefined}
      data-testid={`check-${check.id}`}
      data-status={check.status}
      style={{ listStyle: 'none', marginBlockEnd: '0.4rem', padding: '0.4rem 0.7rem' }}
    >
      <strong>{label}</strong>:{' '}
      {check.status === 'ok'
        ? t('admin.hardening.ok')
        : check.status === 'problem'
          ? t(`admin.check.${check.id}.fix` as MessageKey)
          : t('admin.hardening.undetectable')}
      {check.status !== 'ok' && where && (
        <>
          {' '}
          {t('admin.hardening.setHere')} <bdi dir="ltr">{where}</bdi>
        </>
      )}
    </li>
  );
}

export function AdminDiagnostics() {
  const { t } = useI18n();
  const when = useWhen();
  const [data, setData] = useState<Diagnostics | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  /** Bumped by "Check again". */
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void request('admin/diagnostics', {}).then((reply) => {
      if (!live) return;
      setData(reply.ok ? reply.data : null);
      setFailed(reply.ok ? null : reply.error.code);
    });
    return () => {
      live = false;
    };
  }, [round]);

  if (failed) return <p className="notice">{t('common.error', { message: failed })}</p>;
  if (!data) return <p>{t('common.loading')}</p>;
  const { diagnosis, reporting } = data;

  return (
    <section aria-labelledby="admin-title" data-testid="admin-diagnostics">
      <h1 id="admin-title">{t('admin.title')}</h1>
      <p className="muted">{t('admin.intro')}</p>
      <p>
        {t('admin.extension')} <code dir="ltr">{data.extension.id}</code> ·{' '}
        {t('admin.version', { version: data.extension.version })}{' '}
        <button type="button" className="secondary" onClick={() => setRound((n) => n + 1)}>
          {t('admin.refresh')}
        </button>
      </p>
      {data.noParent && <p className="notice">{t('admin.noParent')}</p>}

      <div className="panel" data-testid="admin-received">
        <h2>{t('admin.received.title')}</h2>
        {!diagnosis.managed ? (
          <p className="notice" data-testid="admin-no-policy">
            {t('admin.received.none')}
          </p>
        ) : (
          <>
            <p className="muted">{t('admin.received.help')}</p>
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th style={{ textAlign: 'start' }}>{t('admin.col.key')}</th>
                  <th style={{ textAlign: 'start' }}>{t('admin.col.value')}</th>
                  <th style={{ textAlign: 'start' }}>{t('admin.col.used')}</th>
                </tr>
              </thead>
              <tbody>
                {diagnosis.received.map((r) => (
                  <tr key={r.key} data-testid="admin-received-key" data-key={r.key}>
                    <td>
                      <code dir="ltr">{r.key}</code>
                    </td>
                    <td dir="ltr" style={{ wordBreak: 'break-all' }}>
                      <code>{r.value}</code>
                    </td>
                    <td>{r.used ? t('admin.used.yes') : t('admin.used.partly')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>

      <div className="panel" data-testid="admin-problems">
        <h2>{t('admin.problems.title')}</h2>
        {diagnosis.problems.length === 0 && data.failingSubscriptions.length === 0 ? (
          <p className="muted">{t('admin.problems.none')}</p>
        ) : (
          <ul>
            {diagnosis.problems.map((p) => (
              <Problem key={p.key} problem={p} />
            ))}
            {data.failingSubscriptions.map((s) => (
              <li key={s.url} data-testid="admin-failing-list">
                <bdi dir="ltr">{s.url}</bdi>:{' '}
                {t('admin.subscription.failed', {
                  category: t(`category.${s.category}.name` as MessageKey),
                  code: s.lastError,
                })}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="panel" data-testid="admin-missing">
        <h2>{t('admin.missing.title')}</h2>
        <p className="muted">{t('admin.missing.help')}</p>
        {diagnosis.missing.length === 0 ? (
          <p className="muted">{t('admin.missing.none')}</p>
        ) : (
          <ul style={{ columns: '16rem' }}>
            {diagnosis.missing.map((m) => (
              <li key={m.key} data-testid="admin-missing-key" data-key={m.key}>
                <code dir="ltr">{m.key}</code> <span className="muted">({m.type})</span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="panel" data-testid="admin-hardening">
        <h2>{t('admin.hardening.title')}</h2>
        <p className="muted">{t('admin.hardening.help')}</p>
        <ul style={{ padding: 0 }}>
          {data.hardening.map((c) => (
            <Check key={c.id} check={c} />
          ))}
        </ul>
      </div>

      <div className="panel" data-testid="admin-reporting">
        <h2>{t('admin.reporting.title')}</h2>
        {!reporting.enabled ? (
          <p className="muted">{t('admin.reporting.off')}</p>
        ) : (
          <ul>
            <li>
              {t('admin.reporting.to')} <bdi dir="ltr">{reporting.endpoint}</bdi>
            </li>
            <li data-testid="admin-reporting-last">
              {reporting.delivery.lastSuccessAt
                ? t('admin.reporting.lastSent', { time: when(reporting.delivery.lastSuccessAt) })
                : t('admin.reporting.never')}
            </li>
            <li>{t('admin.reporting.queued', { count: reporting.queued.length })}</li>
            {reporting.delivery.lastError && (
              <li className="notice" data-testid="admin-reporting-error">
                {t('admin.reporting.error', { code: reporting.delivery.lastError })}
                {reporting.delivery.nextAttemptAt
                  ? ` ${t('admin.reporting.nextTry', { time: when(reporting.delivery.nextAttemptAt) })}`
                  : ''}
              </li>
            )}
          </ul>
        )}
      </div>
    </section>
  );
}
