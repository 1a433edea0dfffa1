/** One settings row: label, control, and where the value came from (default, age setting, parent, school). */
import type { ReactNode } from 'react';
import type { FieldOrigin } from '../lib/policy/resolve';
import { useI18n } from './i18n';

export function SourceBadge({ origin, managedBy }: { origin: FieldOrigin; managedBy: string | null }) {
  const { t } = useI18n();
  if (origin.locked) {
    return (
      <span className="badge locked" data-testid="locked-badge">
        {managedBy ? t('locked.by', { org: managedBy }) : t('locked.byUnnamed')}
      </span>
    );
  }
  return <span className="badge">{t(`source.${origin.source}`)}</span>;
}

export function Field(props: {
  id: string;
  label: string;
  origin: FieldOrigin;
  managedBy: string | null;
  children: ReactNode;
}) {
  return (
    <div
      className="row"
      style={{ justifyContent: 'space-between', paddingBlock: '0.5rem' }}
      data-field={props.id}
    >
      <label htmlFor={`f-${props.id}`} style={{ flex: '1 1 16rem' }}>
        {props.label}
      </label>
      <div className="row">
        {props.children}
        <SourceBadge origin={props.origin} managedBy={props.managedBy} />
      </div>
    </div>
  );
}
