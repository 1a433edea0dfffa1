/**
 * Downloads a subscribed list with a timeout and a size cap, reading the body as a stream so an endless or huge
 * response is cut off rather than filling memory. Errors carry a short code for the dashboard ("timeout",
 * "too_large", "http_404", "network").
 */
export class ListFetchError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export interface FetchOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_BYTES = 80 * 1024 * 1024;

export async function fetchListText(url: string, options: FetchOptions = {}): Promise<string> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-cache',
        redirect: 'follow',
      });
    } catch {
      throw new ListFetchError(controller.signal.aborted ? 'timeout' : 'network');
    }
    if (!response.ok) throw new ListFetchError(`http_${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) throw new ListFetchError('too_large');
    if (!response.body) return '';
    const reader = response.body.getReader();
    const decoder = new TextDecoder('utf-8', { fatal: false });
    let size = 0;
    let text = '';
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        throw new ListFetchError(controller.signal.aborted ? 'timeout' : 'network');
      }
      if (chunk.done) break;
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new ListFetchError('too_large');
      }
      text += decoder.decode(chunk.value, { stream: true });
    }
    return text + decoder.decode();
  } finally {
    clearTimeout(timer);
  }
}
