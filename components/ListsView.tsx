/**
 * Downloaded category lists and schedules. Downloads stay off until a parent turns a list on here (or a school
 * policy names it); each source shows its count, last update and last error.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { ListsState } from '../lib/appState';
import { CATEGORY_IDS, type CategoryId } from '../lib/lists/categories';
import type { MessageKey } from '../lib/i18n';
import type { Policy } from '../lib/policy/schema';
import { request } from './api';
import { useDashboard } from './dashboardStore';
import { SourceBadge } from './Field';
import { useI18n } from './i18n';

/** "Managed by <school>" next to a list's heading when the school locks it (the controls are disabled too). */
function LockedBadge({ field }: { field: 'listSubscriptions' | 'schedules' }) {
  const resolved = useDashboard((s) => s.state?.resolved ?? null);
  if (!resolved?.fields[field].locked) return null;
  return <SourceBadge origin={resolved.fields[field]} managedBy={resolved.managedBy} />;
}

type Schedule = Policy['schedules'][number];
const DAYS = [0, 1, 2, 3, 4, 5, 6] as const;

function SchedulesEditor({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const schedules = useDashboard((s) => s.state?.resolved.policy.schedules ?? []);
  const update = useDashboard((s) => s.update);
  const [draft, setDraft] = useState<Schedule>({
    category: 'social_media',
    days: [1, 2, 3, 4, 5],
    start: '22:00',
    end: '06:00',
  });
  const save = (next: Schedule[]) => update({ set: { schedules: next } });
  return (
    <div className="panel" data-field="schedules">
      <h2>
        {t('schedules.title')} <LockedBadge field="schedules" />
      </h2>
      <p className="muted">{t('schedules.help')}</p>
      <ul>
        {schedules.map((s, i) => (
          <li key={`${s.category}-${i}`} className="row">
            <span>
              {t(`category.${s.category}.name` as MessageKey)}:{' '}
              {s.days.map((d) => t(`day.${d}` as MessageKey)).join(' ')}{' '}
              <bdi dir="ltr">
                {s.start}–{s.end}
              </bdi>
            </span>
            <button
              type="button"
              className="secondary"
              disabled={!editable}
              onClick={() => save(schedules.filter((_, j) => j !== i))}
            >
              {t('schedules.remove')}
            </button>
          </li>
        ))}
      </ul>
      <fieldset disabled={!editable} className="row" style={{ border: 0, padding: 0 }}>
        <select
          aria-label={t('schedules.category')}
          value={draft.category}
          onChange={(e) => setDraft({ ...draft, category: e.target.value as CategoryId })}
        >
          {CATEGORY_IDS.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}.name` as MessageKey)}
            </option>
          ))}
        </select>
        {DAYS.map((d) => (
          <label key={d} className="row" style={{ gap: '0.2rem' }}>
            <input
              type="checkbox"
              checked={draft.days.includes(d)}
              onChange={(e) =>
                setDraft({
                  ...draft,
                  days: e.target.checked ? [...draft.days, d].sort() : draft.days.filter((x) => x !== d),
                })
              }
            />
            {t(`day.${d}` as MessageKey)}
          </label>
        ))}
        <input
          type="time"
          aria-label={t('schedules.start')}
          value={draft.start}
          onChange={(e) => setDraft({ ...draft, start: e.target.value })}
        />
        <input
          type="time"
          aria-label={t('schedules.end')}
          value={draft.end}
          onChange={(e) => setDraft({ ...draft, end: e.target.value })}
        />
        <button type="button" disabled={draft.days.length === 0} onClick={() => save([...schedules, draft])}>
          {t('schedules.add')}
        </button>
      </fieldset>
    </div>
  );
}

export function ListsView() {
  const { t, language } = useI18n();
  const state = useDashboard((s) => s.state);
  const token = useDashboard((s) => s.token);
  const update = useDashboard((s) => s.update);
  const [lists, setLists] = useState<ListsState | null>(null);
  const [url, setUrl] = useState('');
  const [category, setCategory] = useState<CategoryId>('adult');
  useEffect(() => {
    let live = true;
    void request('lists/status', {}).then((reply) => {
      if (live && reply.ok) setLists(reply.data);
    });
    return () => {
      live = false;
    };
  }, [state]);
  if (!state || !lists) return <p>{t('common.loading')}</p>;

  const { policy, fields } = state.resolved;
  const unlocked = state.unlocked && token !== null;
  const canEditLists = unlocked && !fields.listSubscriptions.locked;
  const subscribed = new Set(policy.listSubscriptions.map((s) => s.url));
  const when = (ms: number | null) =>
    ms ? new Date(ms).toLocaleString(language === 'ur' ? 'ur-PK' : 'en') : t('lists.never');
  const setSubscriptions = (next: Policy['listSubscriptions']) =>
    update({ set: { listSubscriptions: next } });

  async function addCustom(event: FormEvent) {
    event.preventDefault();
    if (!/^https:\/\//i.test(url.trim())) return;
    await setSubscriptions([...policy.listSubscriptions, { url: url.trim(), category }]);
    setUrl('');
  }

  return (
    <section aria-labelledby="lists-title">
      <h1 id="lists-title">{t('lists.title')}</h1>
      <p className="muted">{t('lists.help')}</p>
      {!unlocked && <p className="notice">{t('settings.readOnly')}</p>}
      <div className="panel">
        <h2>
          {t('lists.subscribed')} <LockedBadge field="listSubscriptions" />
        </h2>
        {lists.sources.length === 0 && <p className="muted">{t('lists.noneSubscribed')}</p>}
        <table style={{ width: '100%' }}>
          <tbody>
            {lists.sources.map((s) => (
              <tr key={s.url} data-testid="source" data-url={s.url}>
                <td dir="ltr" style={{ wordBreak: 'break-all' }}>
                  {s.url}
                </td>
                <td>{t(`category.${s.category}.name` as MessageKey)}</td>
                <td data-testid="source-count">{t('lists.count', { count: s.count })}</td>
                <td>{t('lists.updated', { time: when(s.lastUpdate) })}</td>
                <td data-testid="source-error">
                  {s.lastError ? t('lists.error', { code: s.lastError }) : ''}
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    disabled={!canEditLists}
                    onClick={() => setSubscriptions(policy.listSubscriptions.filter((x) => x.url !== s.url))}
                  >
                    {t('lists.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          disabled={!unlocked || lists.sources.length === 0}
          onClick={async () => {
            if (!token) return;
            const reply = await request('lists/sync', { token });
            if (reply.ok) setLists(reply.data);
          }}
        >
          {t('lists.syncNow')}
        </button>
      </div>
      <div className="panel">
        <h2>{t('lists.recommended')}</h2>
        <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: '0.5rem' }}>
          {lists.recommended.map((r) => (
            <li key={r.id} className="row" style={{ justifyContent: 'space-between' }}>
              <span>
                <strong>{t(`category.${r.category}.name` as MessageKey)}</strong> · {r.publisher} ·{' '}
                {r.licence} · {t('lists.approx', { count: r.approxDomains })}
              </span>
              <button
                type="button"
                disabled={!canEditLists || subscribed.has(r.url)}
                onClick={() =>
                  setSubscriptions([...policy.listSubscriptions, { url: r.url, category: r.category }])
                }
              >
                {subscribed.has(r.url) ? t('lists.on') : t('lists.turnOn')}
              </button>
            </li>
          ))}
        </ul>
        <form className="row" onSubmit={addCustom}>
          <input
            type="url"
            dir="ltr"
            placeholder="https://"
            aria-label={t('lists.customUrl')}
            value={url}
            disabled={!canEditLists}
            onChange={(e) => setUrl(e.target.value)}
          />
          <select
            aria-label={t('schedules.category')}
            value={category}
            disabled={!canEditLists}
            onChange={(e) => setCategory(e.target.value as CategoryId)}
          >
            {CATEGORY_IDS.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}.name` as MessageKey)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!canEditLists}>
            {t('lists.add')}
          </button>
        </form>
      </div>
      <SchedulesEditor editable={unlocked && !fields.schedules.locked} />
    </section>
  );
}
