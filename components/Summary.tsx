/**
 * The summary parent and teen both see (dashboard home and "What my parent sees"): for today, 7 or 30 days, every
 * count against the previous period, then per-category charts, each with a table of the same numbers. Categories
 * and numbers only: the model behind it (lib/events/summaryModel.ts) has nothing else in it.
 */
import { useEffect, useMemo, useState } from 'react';
import { CHAT_CHOICES } from '../lib/events/schema';
import {
  ACCESS_FIGURES,
  SUMMARY_KINDS,
  trendOf,
  type BreakdownKind,
  type SummaryModel,
} from '../lib/events/summaryModel';
import { useI18n } from './i18n';
import { BarChart, ColumnChart, StackedBars, type BarDatum } from './SummaryCharts';
import {
  categoryLabel,
  choiceLabel,
  dayText,
  durationText,
  kindLabel,
  locale,
  trendText,
  valueText,
} from './summaryLabels';
import { useSummaryModel, type Period } from './useSummary';

const PERIODS = [
  { days: 1, label: 'overview.period.today' },
  { days: 7, label: 'overview.period.week' },
  { days: 30, label: 'overview.period.month' },
] as const;

let firstRenderMarked = false;

export function Summary({ headingId }: { headingId: string }) {
  const { t, language } = useI18n();
  const [days, setDays] = useState<Period>(7);
  const [asTable, setAsTable] = useState(false);
  const { model, error } = useSummaryModel(days);

  useEffect(() => {
    // For the dashboard benchmark (tests/bench/dashboard.bench.ts): time from navigation to the first summary.
    if (model && !firstRenderMarked) {
      firstRenderMarked = true;
      performance.mark('hifazat:summary-rendered');
    }
  }, [model]);

  return (
    <div data-testid="summary" data-period={days} data-loaded={String(!!model)}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <div className="row" role="group" aria-labelledby={headingId}>
          {PERIODS.map((p) => (
            <button
              key={p.days}
              type="button"
              className={p.days === days ? '' : 'secondary'}
              aria-pressed={p.days === days}
              onClick={() => setDays(p.days)}
              data-testid={`period-${p.days}`}
            >
              {t(p.label)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="secondary"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
          data-testid="toggle-tables"
        >
          {t('summary.tableView')}
        </button>
      </div>
      {error && <p className="notice">{t('common.error', { message: error.code })}</p>}
      {!model && !error && <p>{t('common.loading')}</p>}
      {model && <SummaryBody model={model} asTable={asTable} language={language} />}
      <p className="muted">{t('overview.privacyNote')}</p>
    </div>
  );
}

function SummaryBody({
  model,
  asTable,
  language,
}: {
  model: SummaryModel;
  asTable: boolean;
  language: 'en' | 'ur';
}) {
  const { t } = useI18n();
  const numbers = useMemo(() => new Intl.NumberFormat(locale(language)), [language]);
  const bars = (kind: BreakdownKind): BarDatum[] =>
    model.byCategory[kind].map((row) => ({
      id: row.id,
      label: categoryLabel(t, kind, row.id),
      value: row.current,
      previous: row.previous,
      text: valueText(t, kind, row.current, numbers),
      previousText: valueText(t, kind, row.previous, numbers),
    }));
  const rangeText =
    model.days === 1
      ? t('summary.range.today', { day: dayText(language, model.range.to, true) })
      : t('summary.range.days', {
          from: dayText(language, model.range.from),
          to: dayText(language, model.range.to),
        });

  return (
    <>
      <p className="muted" data-testid="summary-range">
        {rangeText}
      </p>
      <table className="panel summary-head" style={{ width: '100%' }} data-testid="summary-table">
        <caption className="sr-only">{t('summary.headline')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.col.what')}</th>
            <th scope="col">{t('summary.col.current')}</th>
            <th scope="col">{t('summary.col.previous')}</th>
            <th scope="col">{t('summary.col.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {SUMMARY_KINDS.map((kind) => {
            const c = model.totals[kind];
            const trend = trendOf(c);
            return (
              <tr key={kind} data-kind={kind}>
                <th scope="row">{kindLabel(t, kind)}</th>
                <td className="num" data-testid={`count-${kind}`} data-value={c.current}>
                  {valueText(t, kind, c.current, numbers)}
                </td>
                <td className="muted">{valueText(t, kind, c.previous, numbers)}</td>
                <td className={trend.kind === 'up' || trend.kind === 'down' ? `trend-${trend.kind}` : ''}>
                  {trendText(t, trend)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="summary-grid">
        <section className="panel" aria-labelledby="sum-block">
          <h2 id="sum-block">{t('summary.section.block')}</h2>
          <BarChart
            data={bars('block')}
            caption={t('summary.section.block')}
            testId="bars-block"
            asTable={asTable}
          />
        </section>
        <section className="panel" aria-labelledby="sum-safe">
          <h2 id="sum-safe">{t('summary.section.safe_search')}</h2>
          <BarChart
            data={bars('safe_search')}
            caption={t('summary.section.safe_search')}
            testId="bars-safe_search"
            asTable={asTable}
          />
        </section>
        <section className="panel" aria-labelledby="sum-chat">
          <h2 id="sum-chat">{t('summary.section.chat')}</h2>
          <p className="muted">{t('summary.chat.help')}</p>
          <StackedBars
            data={model.chat.map((row) => ({
              id: row.id,
              label: categoryLabel(t, 'chat_prompt', row.id),
              total: row.current,
              parts: row.choices,
            }))}
            caption={t('summary.section.chat')}
            testId="bars-chat_prompt"
            asTable={asTable}
            choiceLabel={(c) => choiceLabel(t, c)}
            format={(n) => numbers.format(n)}
          />
          {model.totals.chat_prompt.current > 0 && (
            <p data-testid="chat-choices">
              {t('summary.chat.choices')}{' '}
              {CHAT_CHOICES.filter((c) => model.chatChoices[c].current > 0)
                .map((c) => `${choiceLabel(t, c)}: ${numbers.format(model.chatChoices[c].current)}`)
                .join(language === 'ur' ? '، ' : ', ')}
            </p>
          )}
          {model.byCategory.chat_nudge.length > 0 && (
            <>
              <h3>{t('summary.section.chat_nudge')}</h3>
              <BarChart
                data={bars('chat_nudge')}
                caption={t('summary.section.chat_nudge')}
                testId="bars-chat_nudge"
                asTable={asTable}
              />
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="sum-access">
          <h2 id="sum-access">{t('summary.section.access')}</h2>
          <table className="data-table" data-testid="access-table">
            <caption className="sr-only">{t('summary.section.access')}</caption>
            <tbody>
              <tr data-figure="waiting">
                <th scope="row">{t('summary.access.waiting')}</th>
                <td data-value={model.access.waiting}>{numbers.format(model.access.waiting)}</td>
                <td />
              </tr>
              {ACCESS_FIGURES.map((f) => (
                <tr key={f} data-figure={f}>
                  <th scope="row">{t(`summary.access.${f}`)}</th>
                  <td data-value={model.access[f].current}>{numbers.format(model.access[f].current)}</td>
                  <td className="muted">{t('overview.previous', { count: model.access[f].previous })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="panel" aria-labelledby="sum-time">
          <h2 id="sum-time">{t('summary.section.time_online')}</h2>
          <p className="muted">{t('summary.time.help')}</p>
          <BarChart
            data={bars('time_online')}
            caption={t('summary.section.time_online')}
            testId="bars-time_online"
            asTable={asTable}
          />
        </section>
        {model.days > 1 && (
          <section className="panel" aria-labelledby="sum-days">
            <h2 id="sum-days">{t('summary.section.days')}</h2>
            <h3>{t('summary.kind.block')}</h3>
            <ColumnChart
              data={model.series.map((p) => ({
                id: p.day,
                label: dayText(language, p.day),
                value: p.block,
                text: numbers.format(p.block),
              }))}
              caption={`${t('summary.section.days')}: ${t('summary.kind.block')}`}
              testId="days-block"
              asTable={asTable}
            />
            <h3>{t('summary.kind.time_online')}</h3>
            <ColumnChart
              data={model.series.map((p) => ({
                id: p.day,
                label: dayText(language, p.day),
                value: p.time_online,
                text: durationText(t, p.time_online),
              }))}
              caption={`${t('summary.section.days')}: ${t('summary.kind.time_online')}`}
              testId="days-time_online"
              asTable={asTable}
            />
          </section>
        )}
      </div>
    </>
  );
}
