/**
 * Hand-made SVG charts for the summary (no chart library: a few hundred bytes instead of Recharts' ~100 kB, and
 * markup we control for accessibility). Each chart sits in an HTML row with real text for its labels and values,
 * and comes with a table of the same numbers: visible in table view, and read by screen readers in chart view
 * (the drawing itself is hidden from them, so nothing is read twice).
 */
import type { ReactNode } from 'react';
import { CHAT_CHOICES, type ChatChoice } from '../lib/events/schema';
import { useI18n } from './i18n';
import './summary.css';

export interface BarDatum {
  id: string;
  label: string;
  value: number;
  previous: number;
  /** How the value reads (a number, or hours and minutes). */
  text: string;
  previousText: string;
}

/** Colours for the teen's choices, told apart by the legend's words as well as by colour. */
export const CHOICE_COLOURS: Record<ChatChoice, string> = {
  ok: '#1d6b5f',
  block_report: '#b54a2a',
  help: '#3b5bdb',
  why: '#b07d12',
  dismissed: '#7a7f85',
  none: '#c9c4b9',
};

function DataTable(props: {
  caption: string;
  headers: string[];
  rows: { id: string; cells: ReactNode[] }[];
  testId: string;
  hidden: boolean;
}) {
  return (
    <table className={props.hidden ? 'sr-only' : 'data-table'} data-testid={props.testId}>
      <caption className={props.hidden ? undefined : 'sr-only'}>{props.caption}</caption>
      <thead>
        <tr>
          {props.headers.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id} data-category={row.id}>
            <th scope="row">{row.cells[0]}</th>
            {row.cells.slice(1).map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Horizontal bars, one per category, with a tick where the previous period was. */
export function BarChart(props: { data: BarDatum[]; caption: string; testId: string; asTable: boolean }) {
  const { t } = useI18n();
  if (props.data.length === 0) return <p className="muted">{t('summary.none')}</p>;
  const max = Math.max(1, ...props.data.map((d) => Math.max(d.value, d.previous)));
  const table = (
    <DataTable
      caption={props.caption}
      headers={[t('summary.col.category'), t('summary.col.current'), t('summary.col.previous')]}
      rows={props.data.map((d) => ({ id: d.id, cells: [d.label, d.text, d.previousText] }))}
      testId={`${props.testId}-table`}
      hidden={!props.asTable}
    />
  );
  if (props.asTable) return table;
  return (
    <>
      <ul className="chart" aria-hidden="true" data-testid={props.testId}>
        {props.data.map((d) => (
          <li key={d.id} className="bar-row" data-category={d.id} data-value={d.value}>
            <span>{d.label}</span>
            <svg viewBox="0 0 100 12" preserveAspectRatio="none" height="14" focusable="false">
              <rect x="0" y="1" width="100" height="10" rx="2" fill="#ece8df" />
              <rect x="0" y="1" width={(d.value / max) * 100} height="10" rx="2" fill="var(--accent)" />
              {d.previous > 0 && (
                <rect
                  x={Math.min(99.2, (d.previous / max) * 100)}
                  y="0"
                  width="0.8"
                  height="12"
                  fill="#1f2a30"
                />
              )}
            </svg>
            <span className="bar-value">{d.text}</span>
          </li>
        ))}
      </ul>
      {table}
    </>
  );
}

export interface StackDatum {
  id: string;
  label: string;
  total: number;
  parts: Record<ChatChoice, number>;
}

/** One bar per chat signal category, split by what the teen chose. */
export function StackedBars(props: {
  data: StackDatum[];
  caption: string;
  testId: string;
  asTable: boolean;
  choiceLabel: (choice: ChatChoice) => string;
  format: (n: number) => string;
}) {
  const { t } = useI18n();
  if (props.data.length === 0) return <p className="muted">{t('summary.none')}</p>;
  const max = Math.max(1, ...props.data.map((d) => d.total));
  const table = (
    <DataTable
      caption={props.caption}
      headers={[t('summary.col.signal'), t('summary.col.total'), ...CHAT_CHOICES.map(props.choiceLabel)]}
      rows={props.data.map((d) => ({
        id: d.id,
        cells: [d.label, props.format(d.total), ...CHAT_CHOICES.map((c) => props.format(d.parts[c]))],
      }))}
      testId={`${props.testId}-table`}
      hidden={!props.asTable}
    />
  );
  if (props.asTable) return table;
  return (
    <>
      <ul className="chart" aria-hidden="true" data-testid={props.testId}>
        {props.data.map((d) => {
          let x = 0;
          return (
            <li key={d.id} className="bar-row" data-category={d.id} data-value={d.total}>
              <span>{d.label}</span>
              <svg viewBox="0 0 100 12" preserveAspectRatio="none" height="14" focusable="false">
                <rect x="0" y="1" width="100" height="10" rx="2" fill="#ece8df" />
                {CHAT_CHOICES.map((c) => {
                  const width = (d.parts[c] / max) * 100;
                  const rect = (
                    <rect
                      key={c}
                      x={x}
                      y="1"
                      width={width}
                      height="10"
                      fill={CHOICE_COLOURS[c]}
                      data-choice={c}
                    />
                  );
                  x += width;
                  return d.parts[c] > 0 ? rect : null;
                })}
              </svg>
              <span className="bar-value">{props.format(d.total)}</span>
            </li>
          );
        })}
      </ul>
      <ul className="legend" aria-hidden="true">
        {CHAT_CHOICES.map((c) => (
          <li key={c}>
            <span className="swatch" style={{ background: CHOICE_COLOURS[c] }} />
            {props.choiceLabel(c)}
          </li>
        ))}
      </ul>
      {table}
    </>
  );
}

export interface ColumnDatum {
  id: string;
  label: string;
  value: number;
  text: string;
}

/** One column per day, oldest first (right to left in Urdu). */
export function ColumnChart(props: {
  data: ColumnDatum[];
  caption: string;
  testId: string;
  asTable: boolean;
}) {
  const { t } = useI18n();
  const max = Math.max(1, ...props.data.map((d) => d.value));
  const table = (
    <DataTable
      caption={props.caption}
      headers={[t('summary.col.day'), t('summary.col.current')]}
      rows={props.data.map((d) => ({ id: d.id, cells: [d.label, d.text] }))}
      testId={`${props.testId}-table`}
      hidden={!props.asTable}
    />
  );
  if (props.asTable) return table;
  const width = props.data.length * 10;
  return (
    <>
      <div className="columns" aria-hidden="true" data-testid={props.testId}>
        <svg viewBox={`0 0 ${width} 60`} preserveAspectRatio="none" height="80" focusable="false">
          <line x1="0" y1="59.5" x2={width} y2="59.5" stroke="#dcd8cf" strokeWidth="1" />
          {props.data.map((d, i) => {
            const h = (d.value / max) * 56;
            return (
              <rect
                key={d.id}
                x={i * 10 + 1.5}
                y={59 - h}
                width="7"
                height={h}
                rx="1"
                fill="var(--accent)"
                data-day={d.id}
                data-value={d.value}
              >
                <title>{`${d.label}: ${d.text}`}</title>
              </rect>
            );
          })}
        </svg>
        <div className="columns-axis">
          <span>{props.data[0]?.label}</span>
          <span>{props.data[props.data.length - 1]?.label}</span>
        </div>
      </div>
      {table}
    </>
  );
}
