/** The dashboard shell: navigation between sections (hash routes, so a section can be linked from the popup). */
import { useEffect, useState } from 'react';
import type { MessageKey } from '../lib/i18n';
import { useDashboard } from './dashboardStore';
import { I18nProvider, useI18n } from './i18n';
import { languageFor } from './pageLanguage';
import { Overview } from './Overview';
import { PrivacyView } from './PrivacyView';
import { ListsView } from './ListsView';
import { ProtectionView } from './ProtectionView';
import { RequestsView } from './RequestsView';
import { SettingsView } from './SettingsView';
import { TeenView } from './TeenView';

const ROUTES = ['overview', 'requests', 'settings', 'lists', 'protection', 'privacy', 'teen'] as const;
type Route = (typeof ROUTES)[number];

function routeFromHash(): Route {
  const name = location.hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'overview';
}

function Nav({ route }: { route: Route }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="row" style={{ listStyle: 'none', padding: 0 }}>
        {ROUTES.map((r) => (
          <li key={r}>
            <a href={`#/${r}`} aria-current={r === route ? 'page' : undefined} data-testid={`nav-${r}`}>
              {t(`nav.${r}` as MessageKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Section({ route }: { route: Route }) {
  const { t } = useI18n();
  switch (route) {
    case 'overview':
      return (
        <section aria-labelledby="overview-title">
          <h1 id="overview-title">{t('overview.title')}</h1>
          <Overview headingId="overview-title" />
        </section>
      );
    case 'requests':
      return <RequestsView />;
    case 'settings':
      return <SettingsView />;
    case 'lists':
      return <ListsView />;
    case 'protection':
      return <ProtectionView />;
    case 'privacy':
      return <PrivacyView />;
    case 'teen':
      return <TeenView />;
  }
}

export function Dashboard() {
  const state = useDashboard((s) => s.state);
  const load = useDashboard((s) => s.load);
  const [route, setRoute] = useState<Route>(routeFromHash);

  useEffect(() => {
    void load();
    // Each section shows fresh state (a request may have arrived, a PIN may have been set elsewhere).
    const onHash = () => {
      setRoute(routeFromHash());
      void load();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [load]);

  const language = languageFor(state?.resolved.policy ?? null);
  return (
    <I18nProvider language={language}>
      <Header />
      <main
        style={{ maxWidth: '56rem', marginInline: 'auto', padding: '0 1rem 2rem' }}
        data-ready={String(!!state)}
      >
        <Nav route={route} />
        <Section route={route} />
      </main>
    </I18nProvider>
  );
}

function Header() {
  const { t } = useI18n();
  return (
    <header style={{ background: 'var(--accent)', color: 'var(--accent-ink)', padding: '0.75rem 1rem' }}>
      <strong style={{ fontSize: '1.3rem' }}>{t('app.name')}</strong>{' '}
      <span style={{ opacity: 0.9 }}>{t('app.tagline')}</span>
    </header>
  );
}
