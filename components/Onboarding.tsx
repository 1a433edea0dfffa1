/**
 * First-run setup (#/welcome, opened once by the background on install): language, the child's age (which picks the
 * preset), a parent PIN, a review of what is on, the choice to download the bigger public lists (off until chosen),
 * and what Hifazat sees and keeps. Choices made before the PIN exists are held in this page and saved once the
 * parent has unlocked. Skipping at any step leaves the safe defaults in force.
 */
import { useState } from 'react';
import { createTranslator, type Language, type MessageKey } from '../lib/i18n';
import { CATEGORY_IDS } from '../lib/lists/categories';
import { RECOMMENDED_LISTS } from '../lib/lists/recommendedLists';
import { AGE_BAND_PRESETS, type AgeBand } from '../lib/policy/ageBands';
import { AGE_BAND_IDS } from '../lib/policy/schema';
import { useDashboard } from './dashboardStore';
import { I18nProvider, useI18n } from './i18n';
import { languageFor } from './pageLanguage';
import { PinStatus } from './PinView';
import './summary.css';

const STEPS = ['language', 'age', 'pin', 'review', 'lists', 'privacy'] as const;
type Step = (typeof STEPS)[number] | 'skipped';

export function Onboarding() {
  const state = useDashboard((s) => s.state);
  const [language, setLanguage] = useState<Language | null>(null);
  const shown = language ?? languageFor(state?.resolved.policy ?? null);
  return (
    <I18nProvider language={shown}>
      <OnboardingSteps language={shown} setLanguage={setLanguage} />
    </I18nProvider>
  );
}

function OnboardingSteps(props: { language: Language; setLanguage: (l: Language) => void }) {
  const { t } = useI18n();
  const state = useDashboard((s) => s.state);
  const token = useDashboard((s) => s.token);
  const update = useDashboard((s) => s.update);
  const [step, setStep] = useState<Step>('language');
  const [ageBand, setAgeBand] = useState<AgeBand | null>(null);
  const [downloadLists, setDownloadLists] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unlocked = !!state?.unlocked && token !== null;

  const go = (next: Step) => {
    setError(null);
    setStep(next);
  };

  // A field the school sets is left alone (the background would refuse the whole change).
  const free = (field: 'language' | 'ageBand' | 'listSubscriptions') => !state?.resolved.fields[field].locked;

  async function saveChoices() {
    const failed = await update({
      set: {
        ...(free('language') ? { language: props.language } : {}),
        ...(ageBand && free('ageBand') ? { ageBand } : {}),
      },
    });
    if (failed) setError(t('common.error', { message: failed.code }));
    else go('review');
  }

  async function saveLists() {
    if (downloadLists && free('listSubscriptions')) {
      const failed = await update({
        set: { listSubscriptions: RECOMMENDED_LISTS.map((l) => ({ url: l.url, category: l.category })) },
      });
      if (failed) {
        setError(t('common.error', { message: failed.code }));
        return;
      }
    }
    go('privacy');
  }

  const skip = (
    <button type="button" className="secondary" onClick={() => go('skipped')} data-testid="onboarding-skip">
      {t('onboarding.skip')}
    </button>
  );
  const index = STEPS.indexOf(step as (typeof STEPS)[number]);

  return (
    <main
      style={{ maxWidth: '44rem', marginInline: 'auto', padding: '1rem' }}
      data-ready={String(!!state)}
      data-testid="onboarding"
      data-step={step}
    >
      <h1>{t('onboarding.title')}</h1>
      {index >= 0 && (
        <ol className="steps" aria-label={t('onboarding.progress', { step: index + 1, total: STEPS.length })}>
          {STEPS.map((s, i) => (
            <li key={s} aria-current={s === step ? 'step' : undefined}>
              {i + 1}. {t(`onboarding.step.${s}` as MessageKey)}
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}

      {step === 'language' && (
        <section className="panel" aria-labelledby="ob-language">
          <h2 id="ob-language">{t('onboarding.language.title')}</h2>
          <div className="row" role="group" aria-labelledby="ob-language">
            {(['en', 'ur'] as const).map((l) => (
              <button
                key={l}
                type="button"
                lang={l}
                className={props.language === l ? '' : 'secondary'}
                aria-pressed={props.language === l}
                onClick={() => props.setLanguage(l)}
                data-testid={`onboarding-lang-${l}`}
              >
                {createTranslator(l)(`lang.${l}`)}
              </button>
            ))}
          </div>
          <div className="row" style={{ marginBlockStart: '1rem' }}>
            <button type="button" onClick={() => go('age')} data-testid="onboarding-next">
              {t('onboarding.next')}
            </button>
            {skip}
          </div>
        </section>
      )}

      {step === 'age' && (
        <section className="panel" aria-labelledby="ob-age">
          <h2 id="ob-age">{t('onboarding.age.title')}</h2>
          <p className="muted">{t('onboarding.age.help')}</p>
          <fieldset style={{ border: 0, padding: 0 }}>
            <legend className="sr-only">{t('onboarding.age.title')}</legend>
            <ul className="choice-list">
              {AGE_BAND_IDS.map((band) => (
                <li key={band}>
                  <label>
                    <input
                      type="radio"
                      name="ageBand"
                      value={band}
                      checked={ageBand === band}
                      onChange={() => setAgeBand(band)}
                      data-testid={`onboarding-age-${band}`}
                    />
                    <span>
                      <strong>{t('onboarding.age.band', { band })}</strong>
                      <br />
                      <span className="muted">
                        {t('onboarding.age.blocks', {
                          categories: CATEGORY_IDS.filter((c) =>
                            AGE_BAND_PRESETS[band].blockedCategories.includes(c),
                          )
                            .map((c) => t(`category.${c}.name`))
                            .join(props.language === 'ur' ? '، ' : ', '),
                        })}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
              <li>
                <label>
                  <input
                    type="radio"
                    name="ageBand"
                    value=""
                    checked={ageBand === null}
                    onChange={() => setAgeBand(null)}
                  />
                  <span>{t('onboarding.age.none')}</span>
                </label>
              </li>
            </ul>
          </fieldset>
          <div className="row" style={{ marginBlockStart: '1rem' }}>
            <button type="button" className="secondary" onClick={() => go('language')}>
              {t('onboarding.back')}
            </button>
            <button type="button" onClick={() => go('pin')} data-testid="onboarding-next">
              {t('onboarding.next')}
            </button>
            {skip}
          </div>
        </section>
      )}

      {step === 'pin' && (
        <section aria-labelledby="ob-pin">
          <h2 id="ob-pin">{t('onboarding.pin.title')}</h2>
          <p>{t('onboarding.pin.help')}</p>
          <PinStatus />
          <div className="row">
            <button type="button" className="secondary" onClick={() => go('age')}>
              {t('onboarding.back')}
            </button>
            <button type="button" disabled={!unlocked} onClick={saveChoices} data-testid="onboarding-next">
              {t('onboarding.pin.save')}
            </button>
            {skip}
          </div>
        </section>
      )}

      {step === 'review' && state && (
        <section className="panel" aria-labelledby="ob-review" data-testid="onboarding-review">
          <h2 id="ob-review">{t('onboarding.review.title')}</h2>
          <ul>
            <li>
              {t('field.safeSearch')}: {state.resolved.policy.safeSearch ? t('common.on') : t('common.off')}
            </li>
            <li>
              {t('field.youtubeRestrict')}:{' '}
              {t(`field.youtubeRestrict.${state.resolved.policy.youtubeRestrict}`)}
            </li>
            <li data-testid="review-categories">
              {t('field.blockedCategories')}:{' '}
              {CATEGORY_IDS.filter((c) => state.resolved.policy.blockedCategories.includes(c))
                .map((c) => t(`category.${c}.name`))
                .join(props.language === 'ur' ? '، ' : ', ')}
            </li>
            <li>
              {t('field.chatSafety')}: {state.resolved.policy.chatSafety ? t('common.on') : t('common.off')}
            </li>
            <li>{t('onboarding.review.retention', { days: state.resolved.policy.retentionDays })}</li>
          </ul>
          <p className="muted">{t('onboarding.review.change')}</p>
          <div className="row">
            <button type="button" onClick={() => go('lists')} data-testid="onboarding-next">
              {t('onboarding.next')}
            </button>
          </div>
        </section>
      )}

      {step === 'lists' && (
        <section className="panel" aria-labelledby="ob-lists">
          <h2 id="ob-lists">{t('onboarding.lists.title')}</h2>
          <p>{t('onboarding.lists.help')}</p>
          <label className="row" style={{ alignItems: 'flex-start' }}>
            <input
              type="checkbox"
              checked={downloadLists}
              onChange={(e) => setDownloadLists(e.target.checked)}
              data-testid="onboarding-lists"
            />
            <span>{t('onboarding.lists.choice')}</span>
          </label>
          <details>
            <summary>{t('onboarding.lists.which', { count: RECOMMENDED_LISTS.length })}</summary>
            <ul dir="ltr">
              {RECOMMENDED_LISTS.map((l) => (
                <li key={l.id}>
                  {l.publisher} ({l.licence})
                </li>
              ))}
            </ul>
          </details>
          <p className="muted">{t('onboarding.lists.network')}</p>
          <div className="row">
            <button type="button" className="secondary" onClick={() => go('review')}>
              {t('onboarding.back')}
            </button>
            <button type="button" onClick={saveLists} data-testid="onboarding-next">
              {t('onboarding.next')}
            </button>
          </div>
        </section>
      )}

      {step === 'privacy' && (
        <section className="panel" aria-labelledby="ob-privacy">
          <h2 id="ob-privacy">{t('privacy.title')}</h2>
          <p>{t('privacy.p1')}</p>
          <p>{t('privacy.p2')}</p>
          <p>{t('privacy.p3')}</p>
          <p>{t('onboarding.privacy.time')}</p>
          <p>{t('privacy.p4')}</p>
          <button
            type="button"
            onClick={() => {
              location.hash = '#/overview';
            }}
            data-testid="onboarding-finish"
          >
            {t('onboarding.finish')}
          </button>
        </section>
      )}

      {step === 'skipped' && (
        <section className="panel" aria-labelledby="ob-skipped" data-testid="onboarding-skipped">
          <h2 id="ob-skipped">{t('onboarding.skipped.title')}</h2>
          <p>{t('onboarding.skipped.body')}</p>
          <div className="row">
            <button type="button" className="secondary" onClick={() => go('language')}>
              {t('onboarding.skipped.resume')}
            </button>
            <a href="#/overview">{t('onboarding.skipped.dashboard')}</a>
          </div>
        </section>
      )}
    </main>
  );
}
