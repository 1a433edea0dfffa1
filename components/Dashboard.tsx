/** The dashboard shell: navigation between sections (hash routes, so a section can be linked from the popup). */
import { useEffect, useState } from 'react';
import type { MessageKey } from '../lib/i18n';
import { useDashboard } from './dashboardStore';
import { I18nProvider, useI18n } from './i18n';
import { languageFor } from './pageLanguage';
import { Overview } from './Overview';
import { PrivacyView } from './PrivacyView';
import { ListsView } from './ListsView';
import { Onboarding } from './Onboarding';
import { PinView } from './PinView';
import { WeeklyDigest } from './WeeklyDigest';
import { ProtectionView } from './ProtectionView';
import { RequestsView } from './RequestsView';
import { SettingsView } from './SettingsView';
import { TeenView } from './TeenView';
import { AdminDiagnostics } from './AdminDiagnostics';
import { NoParentNotice, useNoParent } from './SchoolNotices';

const ROUTES = [
  'overview',
  'digest',
  'requests',
  'settings',
  'pin',
  'lists',
  'protection',
  'privacy',
  'teen',
  'admin',
  'welcome',
] as const;
type Route = (typeof ROUTES)[number];
/** Routes in the navigation bar; onboarding (#/welcome) has a page of its own. */
const NAV_ROUTES = ROUTES.filter((r) => r !== 'welcome');

function routeFromHash(): Route {
  const name = location.hash.replace(/^#\/?/, '');
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'overview';
}

/** The label of a route in the navigation (school routes have their own keys). */
function navLabel(r: Route, noParent: boolean): MessageKey {
  if (r === 'admin') return 'admin.nav';
  if (r === 'teen' && noParent) return 'school.nav.teen';
  return `nav.${r}` as MessageKey;
}

function Nav({ route }: { route: Route }) {
  const { t } = useI18n();
  const noParent = useNoParent();
  // With no parent there is no PIN: its page is left out.
  const routes = noParent ? NAV_ROUTES.filter((r) => r !== 'pin') : NAV_ROUTES;
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="row" style={{ listStyle: 'none', padding: 0 }}>
        {routes.map((r) => (
          <li key={r}>
            <a href={`#/${r}`} aria-current={r === route ? 'page' : undefined} data-testid={`nav-${r}`}>
              {t(navLabel(r, noParent))}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Section({ route }: { route: Route }) {
  const { t } = useI18n();
  const noParent = useNoParent();
  switch (route) {
    case 'overview':
      return (
        <section aria-labelledby="overview-title">
          <h1 id="overview-title">{t('overview.title')}</h1>
          <SetupBanner />
          <Overview headingId="overview-title" />
        </section>
      );
    case 'digest':
      return <WeeklyDigest />;
    case 'pin':
      return noParent ? <NoParentNotice /> : <PinView />;
    case 'admin':
      return <AdminDiagnostics />;
    case 'welcome':
      return null;
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
  if (route === 'welcome') return <Onboarding />;
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

/** Until a parent PIN exists, the overview offers the setup (the safe defaults are already in force). */
function SetupBanner() {
  const { t } = useI18n();
  const pin = useDashboard((s) => s.state?.pin);
  const noParent = useNoParent();
  if (!pin || pin.set || noParent) return null;
  return (
    <p className="notice" data-testid="setup-banner">
      {t('onboarding.banner')} <a href="#/welcome">{t('onboarding.banner.link')}</a>
    </p>
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
