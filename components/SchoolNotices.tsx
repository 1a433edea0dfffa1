/** Small pieces shared by screens in school mode with no parent (no PIN, "ask your teacher"). */
import { useDashboard } from './dashboardStore';
import { useI18n } from './i18n';

/** True when the school policy runs this device with no parent (no PIN, every setting the school's). */
export function useNoParent(): boolean {
  return useDashboard((s) => s.state?.resolved.noParent ?? false);
}

/** Where a PIN form would be: who manages the device and that the teacher is the one to ask. */
export function NoParentNotice() {
  const { t } = useI18n();
  const managedBy = useDashboard((s) => s.state?.resolved.managedBy ?? null);
  return (
    <p className="notice" data-testid="no-parent-notice">
      {t('school.settings.noParent', { org: managedBy ?? t('locked.byUnnamed') })}
    </p>
  );
}
