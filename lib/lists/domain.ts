/**
 * One definition of "a domain" for settings, policy and lists: what a parent types or pastes (a URL, uppercase,
 * an IDN, a trailing dot, `*.`) becomes the lowercase ASCII (punycode) hostname the browser matches on.
 */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Returns the normalized domain, or null when the input is not a usable domain name. */
export function normalizeDomain(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text || text.length > 2048) return null;
  // A pasted URL: keep only its host.
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(text);
  if (scheme) text = text.slice(scheme[0].length);
  text = text.split(/[/?#]/, 1)[0] ?? '';
  text = text.replace(/^\*?\./, '').replace(/\.+$/, '');
  if (text.includes('@') || text.includes(':')) return null; // credentials or ports are not domains
  let host: string;
  try {
    host = new URL(`http://${text}`).hostname;
  } catch {
    return null;
  }
  if (host.length > 253 || IPV4.test(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  if (!labels.every((l) => LABEL.test(l))) return null;
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return null;
  return host;
}
