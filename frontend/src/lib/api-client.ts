import { freshToken, login } from '@/lib/auth';
import { ApiError, parseProblem, type ProblemDetail } from '@/lib/api-error';
import { currentLanguage, i18n } from '@/lib/i18n';

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
};

async function readBody(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function errorFor(status: number, problem: ProblemDetail): ApiError {
  const t = i18n.t.bind(i18n);
  const detail = problem.detail ?? problem.title;
  switch (status) {
    case 401:
      return new ApiError('unauthorized', status, t('errors.unauthorized'), problem);
    case 403:
      return new ApiError(
        'forbidden',
        status,
        detail ? `${t('errors.forbidden')} ${detail}` : t('errors.forbidden'),
        problem,
      );
    case 404:
      return new ApiError('not-found', status, detail ?? t('errors.notFound'), problem);
    default:
      return new ApiError('problem', status, detail ?? t('errors.generic', { status }), problem);
  }
}

/**
 * The one way the app talks to the backend: adds the bearer token (refreshed first when
 * it is about to expire), asks for answers in the UI language, and turns every failure
 * into an {@link ApiError} whose message can be shown as it is.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const token = await freshToken();
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network', 0, i18n.t('errors.network'));
  }

  if (response.ok) {
    return (response.status === 204 ? undefined : await readBody(response)) as T;
  }

  const error = errorFor(response.status, parseProblem(await readBody(response), response.status));
  if (error.kind === 'unauthorized') login();
  throw error;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
