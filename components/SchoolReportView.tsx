/**
 * For the teen: exactly what the school receives from this device. When the school's policy turns reporting on,
 * the last report sent and those waiting are shown as they are sent (the same JSON), with today's counts so far in
 * the same shape; when reporting is off, it says the school receives nothing.
 */
import { useEffect, useState } from 'react';
import type { MessageKey } from '../lib/i18n';
import type { SchoolReport } from '../lib/school/report';
import type { SchoolReportState } from '../lib/school/types';
import { request } from './api';
import { useDashboard } from './dashboardStore';
import { useI18n } from './i18n';

const KIND_LABELS: Record<string, MessageKey> = {
  block: 'school.report.kind.block',
  safe_search: 'school.report.kind.safe_search',
  chat_prompt: 'school.report.kind.chat_prompt',
  access_request: 'school.report.kind.access_request',
  protection_gap: 'school.report.kind.protection_gap',
};

function ReportBody({ report, testId }: { report: SchoolReport; testId: string }) {
  const { t } = useI18n();
  const lines = Object.entries(report.totals).filter(([kind, n]) => n > 0 && KIND_LABELS[kind]);
  const wrong = Object.values(report.wrongCategoryReports).reduce((a, b) => a + b, 0);
  return (
    <div data-testid={testId} data-day={report.day}>
      <p>
        <strong>{t('school.report.day', { day: report.day })}</strong>
      </p>
      {lines.length === 0 && wrong === 0 ? (
        <p className="muted">{t('school.report.nothing')}</p>
      ) : (
        <ul>
          {lines.map(([kind, n]) => (
            <li key={kind}>{t(KIND_LABELS[kind]!, { count: n })}</li>
          ))}
          {wrong > 0 && <li>{t('school.report.kind.wrong_category', { count: wrong })}</li>}
        </ul>
      )}
      <details>
        <summary>{t('school.report.exact')}</summary>
        <pre dir="ltr" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: '0.8rem' }}>
          {JSON.stringify(report, null, 2)}
        </pre>
      </details>
    </div>
  );
}

export function SchoolReportView() {
  const { t, language } = useI18n();
  const noParent = useDashboard((s) => s.state?.resolved.noParent ?? false);
  const [report, setReport] = useState<SchoolReportState | null>(null);
  useEffect(() => {
    let live = true;
    void request('school/report', {}).then((reply) => {
      if (live && reply.ok) setReport(reply.data);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!report) return null;
  // Shown whenever something goes to a school, and always in school mode with no parent (where this view replaces
  // the parent's summary). The rules panel already says when a school receives nothing.
  if (!report.enabled && !noParent) return null;
  const when = (ms: number) => new Date(ms).toLocaleString(language === 'ur' ? 'ur-PK' : 'en');

  return (
    <div className="panel" data-testid="school-report" data-enabled={String(report.enabled)}>
      <h2>{t('school.report.title')}</h2>
      {!report.enabled ? (
        <p data-testid="school-report-off">{t('school.report.off')}</p>
      ) : (
        <>
          <p>{t('school.report.on')}</p>
          <p className="muted">
            {t('school.report.to')} <bdi dir="ltr">{report.endpoint}</bdi>
          </p>
          {report.lastSent ? (
            <>
              <h3>{t('school.report.lastSent', { time: when(report.lastSent.at) })}</h3>
              <ReportBody report={report.lastSent.report} testId="school-report-last" />
            </>
          ) : (
            <p className="muted">{t('school.report.noneSent')}</p>
          )}
          {report.queued.length > 0 && (
            <>
              <h3>{t('school.report.waiting', { count: report.queued.length })}</h3>
              {report.queued.map((r) => (
                <ReportBody key={r.day} report={r} testId="school-report-queued" />
              ))}
            </>
          )}
          {report.today && (
            <>
              <h3>{t('school.report.today')}</h3>
              <ReportBody report={report.today} testId="school-report-today" />
            </>
          )}
        </>
      )}
    </div>
  );
}
