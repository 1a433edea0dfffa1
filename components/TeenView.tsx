/** "What my parent sees": the same summary, read-only, plus the rules in force, who set each and why. */
import { useI18n } from './i18n';
import { Overview } from './Overview';
import { RulesInForce } from './RulesInForce';
import { useNoParent } from './SchoolNotices';
import { SchoolReportView } from './SchoolReportView';

export function TeenView() {
  const { t } = useI18n();
  // School mode with no parent: nobody sees the summary but the school, so this becomes "What my school sees" and
  // shows exactly what the school receives instead of the parent's summary.
  const noParent = useNoParent();
  return (
    <section aria-labelledby="teen-title">
      <h1 id="teen-title">{noParent ? t('school.teen.title') : t('teen.title')}</h1>
      <p>{noParent ? t('school.teen.intro') : t('teen.intro')}</p>
      {!noParent && <Overview headingId="teen-title" />}
      <SchoolReportView />
      <RulesInForce />
    </section>
  );
}
