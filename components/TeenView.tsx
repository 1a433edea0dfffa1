/** "What my parent sees": the same summary, read-only, plus the rules in force and where each came from. */
import { CATEGORY_IDS } from '../lib/lists/categories';
import { useDashboard } from './dashboardStore';
import { useI18n } from './i18n';
import { Overview } from './Overview';
import { SourceBadge } from './Field';

export function TeenView() {
  const { t, language } = useI18n();
  const state = useDashboard((s) => s.state);
  return (
    <section aria-labelledby="teen-title">
      <h1 id="teen-title">{t('teen.title')}</h1>
      <p>{t('teen.intro')}</p>
      <Overview headingId="teen-title" />
      {state && (
        <div className="panel">
          <h2>{t('teen.rules')}</h2>
          <ul>
            <li>
              {t('field.safeSearch')}: {state.resolved.policy.safeSearch ? t('common.on') : t('common.off')}{' '}
              <SourceBadge origin={state.resolved.fields.safeSearch} managedBy={state.resolved.managedBy} />
            </li>
            <li>
              {t('field.youtubeRestrict')}:{' '}
              {t(`field.youtubeRestrict.${state.resolved.policy.youtubeRestrict}`)}
            </li>
            <li>
              {t('field.chatSafety')}: {state.resolved.policy.chatSafety ? t('common.on') : t('common.off')}
            </li>
            <li>
              {t('field.blockedCategories')}:{' '}
              {CATEGORY_IDS.filter((c) => state.resolved.policy.blockedCategories.includes(c))
                .map((c) => t(`category.${c}.name`))
                .join(language === 'ur' ? '، ' : ', ')}{' '}
              <SourceBadge
                origin={state.resolved.fields.blockedCategories}
                managedBy={state.resolved.managedBy}
              />
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
