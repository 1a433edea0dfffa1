/**
 * For the teen view: every rule in force, who set it (default, age setting, parent, school) and why it is there,
 * in plain words; a pause in force; and on a school-managed device, what the school receives.
 */
import type { ReactNode } from 'react';
import type { MessageKey } from '../lib/i18n';
import { CATEGORY_IDS } from '../lib/lists/categories';
import type { FieldOrigin } from '../lib/policy/resolve';
import { useDashboard } from './dashboardStore';
import { SourceBadge } from './Field';
import { useI18n } from './i18n';
import { locale } from './summaryLabels';

function Rule(props: {
  id: string;
  title: string;
  value: ReactNode;
  why: string;
  origin: FieldOrigin;
  managedBy: string | null;
}) {
  return (
    <li data-rule={props.id} style={{ marginBlockEnd: '0.6rem' }}>
      <strong>{props.title}</strong>: {props.value}{' '}
      <SourceBadge origin={props.origin} managedBy={props.managedBy} />
      <br />
      <span className="muted">{props.why}</span>
    </li>
  );
}

export function RulesInForce() {
  const { t, language } = useI18n();
  const state = useDashboard((s) => s.state);
  const pause = useDashboard((s) => s.pause);
  if (!state) return null;
  const { policy, fields, managedBy, reporting } = state.resolved;
  const onOff = (on: boolean) => (on ? t('common.on') : t('common.off'));
  const sep = language === 'ur' ? '، ' : ', ';
  const time = (ms: number) =>
    new Date(ms).toLocaleTimeString(locale(language), { hour: 'numeric', minute: '2-digit' });

  return (
    <div className="panel" data-testid="rules-in-force">
      <h2>{t('teen.rules')}</h2>
      {pause?.active && (
        <p className="notice" data-testid="teen-paused">
          {t('teen.paused', { time: time(pause.until) })}
        </p>
      )}
      <ul style={{ paddingInlineStart: '1.2rem' }}>
        <Rule
          id="safeSearch"
          title={t('field.safeSearch')}
          value={onOff(policy.safeSearch)}
          why={t('teen.why.safeSearch')}
          origin={fields.safeSearch}
          managedBy={managedBy}
        />
        <Rule
          id="youtubeRestrict"
          title={t('field.youtubeRestrict')}
          value={t(`field.youtubeRestrict.${policy.youtubeRestrict}`)}
          why={t('teen.why.youtube')}
          origin={fields.youtubeRestrict}
          managedBy={managedBy}
        />
        <Rule
          id="blockUnsafeEngines"
          title={t('field.blockUnsafeEngines')}
          value={onOff(policy.blockUnsafeEngines)}
          why={t('teen.why.engines')}
          origin={fields.blockUnsafeEngines}
          managedBy={managedBy}
        />
        <Rule
          id="blockedCategories"
          title={t('field.blockedCategories')}
          value={t('field.count', { count: policy.blockedCategories.length })}
          why={t('teen.why.categories')}
          origin={fields.blockedCategories}
          managedBy={managedBy}
        />
        <li style={{ listStyle: 'none' }}>
          <ul data-testid="teen-categories">
            {CATEGORY_IDS.filter((c) => policy.blockedCategories.includes(c)).map((c) => (
              <li key={c} data-category={c}>
                {t(`category.${c}.name`)}: <span className="muted">{t(`category.${c}.desc`)}</span>
              </li>
            ))}
          </ul>
        </li>
        {policy.schedules.length > 0 && (
          <Rule
            id="schedules"
            title={t('field.schedules')}
            value={policy.schedules
              .map(
                (s) =>
                  `${t(`category.${s.category}.name`)} ${s.days.map((d) => t(`day.${d}` as MessageKey)).join(' ')} ${s.start}–${s.end}`,
              )
              .join(sep)}
            why={t('teen.why.schedules')}
            origin={fields.schedules}
            managedBy={managedBy}
          />
        )}
        {policy.blockDomains.length > 0 && (
          <Rule
            id="blockDomains"
            title={t('field.blockDomains')}
            value={<bdi dir="ltr">{policy.blockDomains.join(', ')}</bdi>}
            why={t('teen.why.blockDomains')}
            origin={fields.blockDomains}
            managedBy={managedBy}
          />
        )}
        {policy.allowDomains.length > 0 && (
          <Rule
            id="allowDomains"
            title={t('field.allowDomains')}
            value={<bdi dir="ltr">{policy.allowDomains.join(', ')}</bdi>}
            why={t('teen.why.allowDomains')}
            origin={fields.allowDomains}
            managedBy={managedBy}
          />
        )}
        <Rule
          id="chatSafety"
          title={t('field.chatSafety')}
          value={onOff(policy.chatSafety)}
          why={t('teen.why.chat')}
          origin={fields.chatSafety}
          managedBy={managedBy}
        />
        <Rule
          id="retentionDays"
          title={t('field.retentionDays')}
          value={String(policy.retentionDays)}
          why={t('teen.why.retention', { days: policy.retentionDays })}
          origin={fields.retentionDays}
          managedBy={managedBy}
        />
      </ul>
      <p className="muted">{t('teen.why.time')}</p>
      {managedBy !== null || Object.values(fields).some((f) => f.source === 'school') ? (
        <p data-testid="teen-school">
          {t('teen.school.managed', { org: managedBy ?? t('locked.byUnnamed') })}{' '}
          {reporting?.enabled ? t('teen.school.reporting') : t('teen.school.noReporting')}
        </p>
      ) : null}
    </div>
  );
}
