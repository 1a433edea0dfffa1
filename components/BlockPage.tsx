/**
 * The block page: calm and kind, says which category and that the child did nothing wrong, and offers "Ask for
 * access" (for category blocks, which a parent can lift) and "This looks wrong". Inside a frame (an ad or a widget on
 * another page) it shows only a small neutral notice and records nothing, so ads are not counted as "attempts".
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { AccessRequest } from '../lib/lists/approvals';
import { parseBlockedAddress, type BlockedPageInfo } from '../lib/enforce/blockPageAddress';
import { SAFE_ENGINE_NAMES } from '../lib/enforce/engines';
import { request } from './api';
import { useDashboard } from './dashboardStore';
import { I18nProvider, useI18n } from './i18n';
import { languageFor } from './pageLanguage';

function inFrame(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

/** Asking makes sense where a parent's approval can open the page: category, schedule and proxy blocks. */
const ASKABLE = new Set(['category', 'schedule', 'proxy']);

function AskForAccess({ info, host }: { info: BlockedPageInfo; host: string }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [previous, setPrevious] = useState<AccessRequest | null>(null);
  const [sent, setSent] = useState(false);
  const [reported, setReported] = useState(false);

  useEffect(() => {
    void request('access/list', {}).then((reply) => {
      if (!reply.ok) return;
      const site = host.replace(/^www\./, '');
      const mine = reply.data.requests.find((r) => site === r.domain || site.endsWith(`.${r.domain}`));
      setPrevious(mine ?? null);
    });
  }, [host]);

  async function ask(event: FormEvent) {
    event.preventDefault();
    const reply = await request('access/request', {
      host,
      category: info.category,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    if (reply.ok) setSent(true);
  }

  async function report() {
    const reply = await request('access/report', { host, category: info.category });
    if (reply.ok) setReported(true);
  }

  return (
    <div style={{ display: 'grid', gap: '0.6rem' }}>
      {previous?.status === 'declined' && (
        <p className="notice" data-testid="request-declined">
          {t('blocked.declined')}
          {previous.note ? ` ${t('blocked.parentNote', { note: previous.note })}` : ''}
        </p>
      )}
      {sent || previous?.status === 'pending' ? (
        <p className="good" role="status" data-testid="request-sent">
          {t('blocked.requestSent')}
        </p>
      ) : (
        <form onSubmit={ask} style={{ display: 'grid', gap: '0.4rem' }}>
          <label htmlFor="reason">{t('blocked.reasonLabel')}</label>
          <textarea
            id="reason"
            rows={2}
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('blocked.reasonPlaceholder')}
          />
          <div>
            <button type="submit" data-testid="ask-access">
              {t('blocked.ask')}
            </button>
          </div>
        </form>
      )}
      {reported ? (
        <p className="muted" role="status">
          {t('blocked.reported')}
        </p>
      ) : (
        <div>
          <button type="button" className="secondary" onClick={report} data-testid="looks-wrong">
            {t('blocked.looksWrong')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Where no parent can open the page (school mode with no parent, or the school locks the allow list): "ask your
 * teacher". If the school receives reports, the buttons count a request or a report for the category only.
 */
function AskTeacher({ info, host, reporting }: { info: BlockedPageInfo; host: string; reporting: boolean }) {
  const { t } = useI18n();
  const [sent, setSent] = useState(false);
  const [reported, setReported] = useState(false);
  async function ask() {
    const reply = await request('access/request', { host, category: info.category });
    if (reply.ok) setSent(true);
  }
  async function report() {
    const reply = await request('access/report', { host, category: info.category });
    if (reply.ok) setReported(true);
  }
  return (
    <div style={{ display: 'grid', gap: '0.6rem' }} data-testid="ask-teacher">
      <p>
        <strong>{t('school.blocked.askTeacher')}</strong>
      </p>
      {reporting ? (
        <>
          <p className="muted">{t('school.blocked.countedOnly')}</p>
          {sent ? (
            <p className="good" role="status" data-testid="request-counted">
              {t('school.blocked.requestCounted')}
            </p>
          ) : (
            <div>
              <button type="button" onClick={ask} data-testid="ask-access">
                {t('blocked.ask')}
              </button>
            </div>
          )}
          {reported ? (
            <p className="muted" role="status" data-testid="report-counted">
              {t('school.blocked.reportCounted')}
            </p>
          ) : (
            <div>
              <button type="button" className="secondary" onClick={report} data-testid="looks-wrong">
                {t('blocked.looksWrong')}
              </button>
            </div>
          )}
        </>
      ) : (
        <p className="muted">{t('school.blocked.wrongTeacher')}</p>
      )}
    </div>
  );
}

function BlockBody() {
  const { t } = useI18n();
  const resolved = useDashboard((s) => s.state?.resolved ?? null);
  const teacher = resolved !== null && (resolved.noParent || resolved.fields.allowDomains.locked);
  const reporting = resolved?.reporting?.enabled === true;
  const info = useMemo(() => parseBlockedAddress(location.search, location.hash), []);
  const framed = useMemo(() => inFrame(), []);

  useEffect(() => {
    // One blocked visit, counted by category only. Frames are not counted: they are ads and widgets, not choices.
    if (!framed) void request('blocked/visit', { reason: info.reason, category: info.category });
  }, [framed, info]);

  if (framed) {
    return (
      <p className="muted" style={{ padding: '0.5rem', fontSize: '0.85rem' }} data-testid="blocked-frame">
        {t('blocked.frame')}
      </p>
    );
  }
  const reasonText =
    info.reason === 'unsafe_engine'
      ? t('blocked.reason.unsafe_engine', { engines: SAFE_ENGINE_NAMES.join(', ') })
      : info.category === 'custom'
        ? t('blocked.reason.custom')
        : t('blocked.reason.category', { category: t(`category.${info.category}.name`) });
  return (
    <main style={{ maxWidth: '38rem', marginInline: 'auto', padding: '3rem 1rem' }}>
      <div className="panel" style={{ padding: '2rem', display: 'grid', gap: '0.4rem' }}>
        <h1 data-testid="blocked-title">{t('blocked.title')}</h1>
        <p data-testid="blocked-reason">{reasonText}</p>
        <p>{t('blocked.kind')}</p>
        {info.host && (
          <p className="muted">
            {t('blocked.site')} <bdi dir="ltr">{info.host}</bdi>
          </p>
        )}
        {info.host && ASKABLE.has(info.reason) ? (
          resolved === null ? null : teacher ? (
            <AskTeacher info={info} host={info.host} reporting={reporting} />
          ) : (
            <AskForAccess info={info} host={info.host} />
          )
        ) : (
          <p className="muted">{t('blocked.askLater')}</p>
        )}
        <p className="muted">{t('blocked.reportNotShare')}</p>
        <div>
          <button type="button" className="secondary" onClick={() => history.back()}>
            {t('blocked.back')}
          </button>
        </div>
      </div>
    </main>
  );
}

export function BlockPage() {
  const state = useDashboard((s) => s.state);
  const load = useDashboard((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <I18nProvider language={languageFor(state?.resolved.policy ?? null)}>
      <div data-ready={String(!!state)}>
        <BlockBody />
      </div>
    </I18nProvider>
  );
}
