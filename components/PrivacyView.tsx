/** "What Hifazat sees and what it keeps", in the family's language. */
import { useI18n } from './i18n';

export function PrivacyView() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="privacy-title" className="panel">
      <h1 id="privacy-title">{t('privacy.title')}</h1>
      <p>{t('privacy.p1')}</p>
      <p>{t('privacy.p2')}</p>
      <p>{t('privacy.p3')}</p>
      <p>{t('privacy.p4')}</p>
    </section>
  );
}
