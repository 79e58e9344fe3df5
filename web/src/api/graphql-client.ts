/**
 * The page's only way to the API: POST /graphql (same origin) with fetch. Every failure becomes an
 * ApiError whose message says what happened and what to do, so the page can show it with a retry.
 */

/** Why a request failed: no answer, a bad HTTP status, or errors in the GraphQL response. */
export type ApiErrorKind = 'NETWORK' | 'HTTP' | 'GRAPHQL' | 'TIMEOUT';

/** A failed API request. `code` is the GraphQL `extensions.code` when the API gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly code: string | null = null,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Options of one request. */
export interface RequestOptions {
  /** Aborts the request (e.g. a search overtaken by the next keystroke). */
  signal?: AbortSignal;
  /** Gives up after this many milliseconds (default 20 s). */
  timeoutMs?: number;
}

const endpoint = '/graphql';

/**
 * Sends one GraphQL operation and returns its `data`.
 * @throws ApiError when the API does not answer, answers with an HTTP error, or returns errors.
 * @throws DOMException (AbortError) when `options.signal` aborts it.
 */
export async function request<T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs ?? 20_000);
  const signal = options.signal ? anySignal(options.signal, timeout.signal) : timeout.signal;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    if (timeout.signal.aborted) {
      throw new ApiError('The API took too long to answer. Check that the server is running, then retry.', 'TIMEOUT');
    }
    throw new ApiError('The API does not answer. Check that the server is running (npm start), then retry.', 'NETWORK');
  } finally {
    clearTimeout(timer);
  }
  let body: GraphQLResponse<T> | null = null;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = null;
  }
  const first = body?.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? null;
    throw new ApiError(first.message, 'GRAPHQL', code, response.status);
  }
  if (!response.ok || !body || body.data == null) {
    throw new ApiError(`The API answered with HTTP ${response.status} ${response.statusText}. Retry; if it persists, see the server's log.`, 'HTTP', null, response.status);
  }
  return body.data;
}

function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  const c = new AbortController();
  const abort = () => c.abort();
  if (a.aborted || b.aborted) c.abort();
  a.addEventListener('abort', abort, { once: true });
  b.addEventListener('abort', abort, { once: true });
  return c.signal;
}

/** True when `err` is the AbortError of a cancelled request. */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
