/**
 * Sites that show another site inside themselves hide the real target from declarativeNetRequest's domain match:
 * Google Translate's proxy (www-example-com.translate.goog, translate.google.com/translate?u=...) and the Wayback
 * Machine (web.archive.org/web/<time>/<url>). This finds the real target so the background can check it; translation
 * of allowed pages keeps working, which matters to Urdu readers.
 */
import { normalizeDomain } from '../lists/domain';

/** `www-example--site-com` → `www.example-site.com` (Google's encoding: "-" for ".", "--" for "-"). */
function decodeTranslateLabel(label: string): string {
  return label
    .split('--')
    .map((part) => part.replace(/-/g, '.'))
    .join('-');
}

function hostOfUrl(value: string | null): string | null {
  if (!value) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  return URL.canParse(withScheme) ? normalizeDomain(new URL(withScheme).hostname) : null;
}

/** The host a proxy URL really shows, or null when `url` is not one of the known proxies. */
export function proxiedTarget(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase();
  if (host.endsWith('.translate.goog')) {
    const label = host.slice(0, -'.translate.goog'.length);
    return normalizeDomain(decodeTranslateLabel(label));
  }
  if (/^translate\.google\.[a-z.]+$/.test(host) || host === 'translate.googleusercontent.com') {
    if (parsed.pathname.startsWith('/translate') || parsed.pathname.startsWith('/website')) {
      return hostOfUrl(parsed.searchParams.get('u'));
    }
    return null;
  }
  if (host === 'web.archive.org' || host === 'archive.org') {
    const match = /^\/web\/[^/]*\/(.+)$/.exec(parsed.pathname + parsed.search);
    return match ? hostOfUrl(match[1] ?? null) : null;
  }
  return null;
}
