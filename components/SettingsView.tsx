/**
 * Settings: every policy field with its source; editable only after the parent unlocks, and never where the school
 * locks it. Editors for lists with their own screens (subscriptions, schedules, chat sites) arrive with those features.
 */
import { useState } from 'react';
import { ENGINES, type SearchEngineId } from '../lib/enforce/engines';
import { CATEGORY_IDS, type CategoryId } from '../lib/lists/categories';
import type { MessageKey } from '../lib/i18n';
import { AGE_BAND_IDS, type Policy, type PolicyField } from '../lib/policy/schema';
import { normalizeDomain } from '../lib/lists/domain';
import { useDashboard } from './dashboardStore';
import { Field, SourceBadge } from './Field';
import { useI18n } from './i18n';
import { SetPinForm, UnlockForm } from './PinForms';
import { NoParentNotice } from './SchoolNotices';

function DomainList({ field, disabled }: { field: 'blockDomains' | 'allowDomains'; disabled: boolean }) {
  const { t } = useI18n();
  const state = useDashboard((s) => s.state);
  const update = useDashboard((s) => s.update);
  const [text, setText] = useState(() => state?.resolved.policy[field].join('\n') ?? '');
  const [invalid, setInvalid] = useState<string[]>([]);
  if (!state) return null;
  async function save() {
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const bad = lines.filter((l) => normalizeDomain(l) === null);
    setInvalid(bad);
    await update({ set: { [field]: lines.filter((l) => normalizeDomain(l) !== null) } });
  }
  return (
    <div style={{ display: 'grid', gap: '0.3rem' }}>
      <textarea
        id={`f-${field}`}
        rows={4}
        cols={36}
        dir="ltr"
        value={text}
        disabled={disabled}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`h-${field}`}
      />
      <span id={`h-${field}`} className="muted">
        {t('field.domains.help')}
      </span>
      {invalid.length > 0 && (
        <span role="alert" className="notice">
          {t('field.domains.invalid', { lines: invalid.join(', ') })}
        </span>
      )}
      <button type="button" disabled={disabled} onClick={save}>
        {t('common.save')}
      </button>
    </div>
  );
}

export function SettingsView() {
  const { t } = useI18n();
  const state = useDashboard((s) => s.state);
  const token = useDashboard((s) => s.token);
  const update = useDashboard((s) => s.update);
  const lock = useDashboard((s) => s.lock);
  if (!state) return <p>{t('common.loading')}</p>;
  const { policy, fields, managedBy } = state.resolved;
  const unlocked = state.unlocked && token !== null;
  const editable = (f: PolicyField) => unlocked && !fields[f].locked;
  const set = <K extends PolicyField>(field: K, value: Policy[K]) => update({ set: { [field]: value } });
  const row = (field: PolicyField, control: React.ReactNode) => (
    <Field id={field} label={t(`field.${field}` as MessageKey)} origin={fields[field]} managedBy={managedBy}>
      {control}
    </Field>
  );
  const toggle = (field: 'safeSearch' | 'blockUnsafeEngines' | 'chatSafety') =>
    row(
      field,
      <input
        id={`f-${field}`}
        type="checkbox"
        checked={policy[field]}
        disabled={!editable(field)}
        onChange={(e) => set(field, e.target.checked)}
      />,
    );
  const parentRepairs = state.lastRepair?.parent ?? [];

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {parentRepairs.length > 0 && (
        <p className="notice" data-testid="repair-notice">
          {t('settings.repairs', { fields: parentRepairs.map((r) => r.field).join(', ') })}
        </p>
      )}
      {state.resolved.noParent ? (
        <NoParentNotice />
      ) : state.pin.corrupt ? (
        <p className="notice">{t('pin.corrupt')}</p>
      ) : !state.pin.set ? (
        <SetPinForm />
      ) : !unlocked ? (
        <UnlockForm />
      ) : (
        <p className="good row" style={{ justifyContent: 'space-between' }}>
          <span data-testid="unlocked">{t('pin.unlocked')}</span>
          <button type="button" className="secondary" onClick={() => lock()}>
            {t('pin.lock')}
          </button>
        </p>
      )}
      <div className="panel">
        {row(
          'ageBand',
          <select
            id="f-ageBand"
            value={policy.ageBand ?? ''}
            disabled={!editable('ageBand')}
            onChange={(e) => set('ageBand', (e.target.value || null) as Policy['ageBand'])}
          >
            <option value="">{t('field.ageBand.none')}</option>
            {AGE_BAND_IDS.map((band) => (
              <option key={band} value={band}>
                {band}
              </option>
            ))}
          </select>,
        )}
        {row(
          'language',
          <select
            id="f-language"
            value={policy.language}
            disabled={!editable('language')}
            onChange={(e) => set('language', e.target.value as Policy['language'])}
          >
            {(['auto', 'en', 'ur'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>,
        )}
        {toggle('safeSearch')}
        {row(
          'youtubeRestrict',
          <select
            id="f-youtubeRestrict"
            value={policy.youtubeRestrict}
            disabled={!editable('youtubeRestrict')}
            onChange={(e) => set('youtubeRestrict', e.target.value as Policy['youtubeRestrict'])}
          >
            {(['strict', 'moderate', 'off'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`field.youtubeRestrict.${m}`)}
              </option>
            ))}
          </select>,
        )}
        {toggle('blockUnsafeEngines')}
        {toggle('chatSafety')}
        {row(
          'chatSensitivity',
          <select
            id="f-chatSensitivity"
            value={policy.chatSensitivity}
            disabled={!editable('chatSensitivity')}
            onChange={(e) => set('chatSensitivity', e.target.value as Policy['chatSensitivity'])}
          >
            {(['gentle', 'standard', 'watchful'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`field.chatSensitivity.${m}`)}
              </option>
            ))}
          </select>,
        )}
        {row(
          'retentionDays',
          <input
            id="f-retentionDays"
            type="number"
            min={7}
            max={365}
            value={policy.retentionDays}
            disabled={!editable('retentionDays')}
            onChange={(e) => {
              const days = Number(e.target.value);
              if (Number.isInteger(days) && days >= 7 && days <= 365) void set('retentionDays', days);
            }}
          />,
        )}
        {(['safeSearchEngines', 'listSubscriptions', 'schedules', 'chatSites'] as const).map((f) => (
          <div key={f}>
            {row(f, <span className="muted">{t('field.count', { count: policy[f].length })}</span>)}
          </div>
        ))}
      </div>
      <fieldset className="panel" disabled={!editable('safeSearchEngines')} data-field="safeSearchEngines">
        <legend>
          {t('field.safeSearchEngines')}{' '}
          <SourceBadge origin={fields.safeSearchEngines} managedBy={managedBy} />
        </legend>
        <p className="muted">{t('field.safeSearchEngines.help')}</p>
        <div className="row">
          {ENGINES.filter((e) => e.mechanism !== 'header').map((engine) => (
            <label key={engine.id} className="row" style={{ gap: '0.3rem' }}>
              <input
                type="checkbox"
                checked={policy.safeSearchEngines.includes(engine.id as SearchEngineId)}
                onChange={(e) =>
                  set(
                    'safeSearchEngines',
                    e.target.checked
                      ? [...policy.safeSearchEngines, engine.id as SearchEngineId]
                      : policy.safeSearchEngines.filter((id) => id !== engine.id),
                  )
                }
              />
              <span dir="ltr">{engine.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="panel" disabled={!editable('blockedCategories')} data-field="blockedCategories">
        <legend>
          {t('field.blockedCategories')}{' '}
          <SourceBadge origin={fields.blockedCategories} managedBy={managedBy} />
        </legend>
        {CATEGORY_IDS.map((id: CategoryId) => (
          <label key={id} className="row" style={{ paddingBlock: '0.2rem' }}>
            <input
              type="checkbox"
              checked={policy.blockedCategories.includes(id)}
              onChange={(e) =>
                set(
                  'blockedCategories',
                  e.target.checked
                    ? [...policy.blockedCategories, id]
                    : policy.blockedCategories.filter((c) => c !== id),
                )
              }
            />
            <span>
              <strong>{t(`category.${id}.name`)}</strong>{' '}
              <span className="muted">{t(`category.${id}.desc`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="panel">
        {row('blockDomains', <DomainList field="blockDomains" disabled={!editable('blockDomains')} />)}
        {row('allowDomains', <DomainList field="allowDomains" disabled={!editable('allowDomains')} />)}
      </div>
    </section>
  );
}
