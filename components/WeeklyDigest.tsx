/**
 * The weekly digest: the last 7 days in a few plain sentences against the week before, things worth talking about
 * with the child, the export of the summary (CSV / JSON, exactly the numbers on screen), and "delete all history"
 * (parent PIN).
 */
import { useState } from 'react';
import { exportFileName, summaryToCsv, summaryToJson } from '../lib/events/export';
import { CHAT_CHOICES } from '../lib/events/schema';
import { trendOf, type SummaryKind, type SummaryModel } from '../lib/events/summaryModel';
import type { Translate } from '../lib/i18n';
import { request } from './api';
import { useDashboard } from './dashboardStore';
import { useI18n } from './i18n';
import { PinStatus } from './PinView';
import {
  categoryLabel,
  choiceLabel,
  dayText,
  durationText,
  locale,
  trendText,
  valueText,
} from './summaryLabels';
import { loadSummaryModel, useSummaryModel, type Period } from './useSummary';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface Line {
  id: string;
  text: string;
}

/** The digest's sentences, one per kind that has something to say. */
function digestLines(t: Translate, model: SummaryModel, numbers: Intl.NumberFormat, sep: string): Line[] {
  const lines: Line[] = [];
  const trend = (kind: SummaryKind) => trendText(t, trendOf(model.totals[kind]));
  const top = (kind: 'block' | 'time_online') => model.byCategory[kind].find((r) => r.current > 0);

  const blockTop = top('block');
  lines.push({
    id: 'block',
    text:
      t('digest.blocks', { count: model.totals.block.current, trend: trend('block') }) +
      (blockTop
        ? ` ${t('digest.most', {
            category: categoryLabel(t, 'block', blockTop.id),
            value: numbers.format(blockTop.current),
          })}`
        : ''),
  });
  lines.push({
    id: 'safe_search',
    text: t('digest.searches', { count: model.totals.safe_search.current, trend: trend('safe_search') }),
  });
  const chosen = CHAT_CHOICES.filter((c) => model.chatChoices[c].current > 0)
    .map((c) => `${choiceLabel(t, c)}: ${numbers.format(model.chatChoices[c].current)}`)
    .join(sep);
  lines.push({
    id: 'chat_prompt',
    text:
      t('digest.chat', { count: model.totals.chat_prompt.current, trend: trend('chat_prompt') }) +
      (chosen ? ` ${t('digest.chatChoices', { choices: chosen })}` : ''),
  });
  lines.push({
    id: 'access_request',
    text: t('digest.access', {
      asked: model.access.asked.current,
      approved: model.access.approved.current,
      declined: model.access.declined.current,
      waiting: model.access.waiting,
    }),
  });
  const timeTop = top('time_online');
  lines.push({
    id: 'time_online',
    text:
      t('digest.time', {
        duration: durationText(t, model.totals.time_online.current),
        trend: trend('time_online'),
      }) +
      (timeTop
        ? ` ${t('digest.most', {
            category: categoryLabel(t, 'time_online', timeTop.id),
            value: valueText(t, 'time_online', timeTop.current, numbers),
          })}`
        : ''),
  });
  if (model.totals.protection_gap.current > 0) {
    lines.push({
      id: 'protection_gap',
      text: t('digest.gaps', { count: model.totals.protection_gap.current }),
    });
  }
  return lines;
}

/** Conversation starters drawn from the week, never a script for an interrogation. */
function talkingPoints(t: Translate, model: SummaryModel): Line[] {
  const points: Line[] = [];
  const topBlock = model.byCategory.block.find((r) => r.current > 0);
  if (model.totals.chat_prompt.current > 0) points.push({ id: 'chat', text: t('digest.talk.chat') });
  if (model.chatChoices.help.current > 0) points.push({ id: 'help', text: t('digest.talk.help') });
  if (topBlock) {
    points.push({
      id: 'blocks',
      text: t('digest.talk.blocks', { category: categoryLabel(t, 'block', topBlock.id) }),
    });
  }
  if (model.access.waiting > 0) {
    points.push({ id: 'waiting', text: t('digest.talk.waiting', { count: model.access.waiting }) });
  }
  if (model.totals.protection_gap.current > 0) points.push({ id: 'gaps', text: t('digest.talk.gaps') });
  if (points.length === 0) points.push({ id: 'quiet', text: t('digest.talk.quiet') });
  return points;
}

function ExportPanel() {
  const { t } = useI18n();
  const [days, setDays] = useState<Period>(7);
  const [error, setError] = useState<string | null>(null);

  async function save(kind: 'csv' | 'json') {
    const model = await loadSummaryModel(days);
    if ('code' in model) {
      setError(t('common.error', { message: model.code }));
      return;
    }
    setError(null);
    if (kind === 'csv') download(exportFileName(model, 'csv'), 'text/csv', summaryToCsv(model));
    else download(exportFileName(model, 'json'), 'application/json', summaryToJson(model, Date.now()));
  }

  return (
    <section className="panel" aria-labelledby="export-title" data-testid="export">
      <h2 id="export-title">{t('digest.export.title')}</h2>
      <p className="muted">{t('digest.export.help')}</p>
      <div className="row" role="group" aria-label={t('digest.export.period')}>
        {([1, 7, 30] as const).map((d) => (
          <button
            key={d}
            type="button"
            className={d === days ? '' : 'secondary'}
            aria-pressed={d === days}
            onClick={() => setDays(d)}
            data-testid={`export-period-${d}`}
          >
            {t(
              d === 1 ? 'overview.period.today' : d === 7 ? 'overview.period.week' : 'overview.period.month',
            )}
          </button>
        ))}
      </div>
      <div className="row" style={{ marginBlockStart: '0.75rem' }}>
        <button type="button" onClick={() => save('csv')} data-testid="export-csv">
          {t('digest.export.csv')}
        </button>
        <button type="button" onClick={() => save('json')} data-testid="export-json">
          {t('digest.export.json')}
        </button>
      </div>
      {error && <p className="notice">{error}</p>}
    </section>
  );
}

function DeleteHistory({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useI18n();
  const state = useDashboard((s) => s.state);
  const token = useDashboard((s) => s.token);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unlocked = !!state?.unlocked && token !== null;

  async function clear() {
    if (!token) return;
    const reply = await request('history/clear', { token });
    setConfirming(false);
    if (reply.ok) {
      setDone(true);
      setError(null);
      onDeleted();
    } else setError(t('common.error', { message: reply.error.code }));
  }

  return (
    <section className="panel" aria-labelledby="delete-title" data-testid="delete-history">
      <h2 id="delete-title">{t('digest.delete.title')}</h2>
      <p>{t('digest.delete.help')}</p>
      {!unlocked ? (
        <>
          <p className="muted">{t('digest.delete.unlock')}</p>
          <PinStatus />
        </>
      ) : confirming ? (
        <div className="notice" role="alertdialog" aria-labelledby="delete-confirm">
          <p id="delete-confirm">{t('digest.delete.confirm')}</p>
          <div className="row">
            <button type="button" onClick={clear} data-testid="delete-confirm">
              {t('digest.delete.yes')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} data-testid="delete-start">
          {t('digest.delete.button')}
        </button>
      )}
      {done && (
        <p role="status" className="good" data-testid="delete-done">
          {t('digest.delete.done')}
        </p>
      )}
      {error && <p className="notice">{error}</p>}
    </section>
  );
}

export function WeeklyDigest() {
  const { t, language } = useI18n();
  const [reloadKey, setReloadKey] = useState(0);
  const { model, error } = useSummaryModel(7, reloadKey);
  const numbers = new Intl.NumberFormat(locale(language));
  const sep = language === 'ur' ? '، ' : ', ';
  return (
    <section aria-labelledby="digest-title">
      <h1 id="digest-title">{t('digest.title')}</h1>
      {error && <p className="notice">{t('common.error', { message: error.code })}</p>}
      {!model && !error && <p>{t('common.loading')}</p>}
      {model && (
        <div className="panel" data-testid="digest">
          <p className="muted">
            {t('digest.range', {
              from: dayText(language, model.range.from),
              to: dayText(language, model.range.to),
            })}
          </p>
          <ul>
            {digestLines(t, model, numbers, sep).map((line) => (
              <li key={line.id} data-testid={`digest-${line.id}`}>
                {line.text}
              </li>
            ))}
          </ul>
          <h2>{t('digest.talk.title')}</h2>
          <ul>
            {talkingPoints(t, model).map((point) => (
              <li key={point.id} data-testid={`talk-${point.id}`}>
                {point.text}
              </li>
            ))}
          </ul>
          {model.access.waiting > 0 && <a href="#/requests">{t('digest.toRequests')}</a>}
        </div>
      )}
      <ExportPanel />
      <DeleteHistory onDeleted={() => setReloadKey((k) => k + 1)} />
    </section>
  );
}
