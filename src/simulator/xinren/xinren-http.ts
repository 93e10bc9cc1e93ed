// The one place the simulator talks HTTP to Xinren: bearer key, JSON, a timeout, and a
// classification of failures into "try again" and "give up".

export interface XinrenConnection {
  url: string;
  apiKey: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export type HttpOutcome =
  | { kind: 'ok'; status: number; body: unknown }
  /** Network error, timeout, 5xx, 408 or 429: worth retrying with the same request. */
  | { kind: 'retry'; status?: number; reason: string; retryAfterMs?: number }
  /** 401 or 403: the API key is wrong or lacks the scope; retrying will not help. */
  | { kind: 'unauthorized'; status: number; reason: string }
  /** Any other 4xx: the request itself is wrong. */
  | { kind: 'refused'; status: number; reason: string };

function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(body: unknown): string {
  if (body && typeof body === 'object') {
    const b = body as { code?: unknown; message?: unknown };
    if (typeof b.message === 'string') return typeof b.code === 'string' ? `${b.code}: ${b.message}` : b.message;
  }
  return typeof body === 'string' ? body.slice(0, 300) : '';
}

export async function callXinren(
  connection: XinrenConnection,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: { contentType: string; json: unknown },
): Promise<HttpOutcome> {
  const doFetch = connection.fetch ?? fetch;
  const headers: Record<string, string> = { authorization: `Bearer ${connection.apiKey}`, accept: 'application/json' };
  if (body) headers['content-type'] = body.contentType;
  let response: Response;
  try {
    response = await doFetch(`${connection.url.replace(/\/+$/, '')}${path}`, {
      method,
      headers,
      body: body ? JSON.stringify(body.json) : undefined,
      signal: AbortSignal.timeout(connection.timeoutMs ?? 15_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return { kind: 'retry', reason: `${(err as Error).message}${cause ? `: ${cause.code ?? cause.message}` : ''}` };
  }
  const payload = await bodyOf(response).catch(() => undefined);
  const status = response.status;
  if (status >= 200 && status < 300) return { kind: 'ok', status, body: payload };
  const reason = `HTTP ${status}${describe(payload) ? ` ${describe(payload)}` : ''}`;
  if (status === 401 || status === 403) return { kind: 'unauthorized', status, reason };
  if (status === 408 || status === 429 || status >= 500) {
    const after = retryAfterMs(response.headers.get('retry-after'));
    return after === undefined
      ? { kind: 'retry', status, reason }
      : { kind: 'retry', status, reason, retryAfterMs: after };
  }
  return { kind: 'refused', status, reason };
}
