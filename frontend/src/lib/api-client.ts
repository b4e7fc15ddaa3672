import { freshToken, login } from '@/lib/auth';
import { ApiError, parseProblem, type ProblemDetail } from '@/lib/api-error';
import { currentLanguage, i18n } from '@/lib/i18n';
import { saveBlob } from '@/lib/save-blob';

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
      // The server's detail already says what is not allowed: one sentence, not the same one twice (issue 14).
      return new ApiError('forbidden', status, problem.detail ?? t('errors.forbidden'), problem);
    case 404:
      return new ApiError('not-found', status, detail ?? t('errors.notFound'), problem);
    default:
      return new ApiError('problem', status, detail ?? t('errors.generic', { status }), problem);
  }
}

/** Sends one request with the token and language; a failure becomes an {@link ApiError}. */
async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const token = await freshToken();
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': currentLanguage() };
  if (token) headers.Authorization = `Bearer ${token}`;
  const multipart = options.body instanceof FormData;
  // A multipart body sets its own Content-Type, boundary included.
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body:
        options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network', 0, i18n.t('errors.network'));
  }
  if (response.ok) return response;

  const error = errorFor(response.status, parseProblem(await readBody(response), response.status));
  if (error.kind === 'unauthorized') login();
  throw error;
}

/**
 * The one way the app talks to the backend: adds the bearer token (refreshed first when
 * it is about to expire), asks for answers in the UI language, and turns every failure
 * into an {@link ApiError} whose message can be shown as it is.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json, application/problem+json');
  return (response.status === 204 ? undefined : await readBody(response)) as T;
}

function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

/** Files behind the API need the bearer token, so a plain link cannot fetch them: fetch as a blob and save it. */
export async function apiDownload(path: string, fallbackName: string): Promise<void> {
  const response = await send(path, {}, '*/*');
  const blob = await response.blob();
  saveBlob(blob, fileNameOf(response.headers.get('content-disposition')) ?? fallbackName);
}

/** A POST whose answer is a file (e.g. a PDF preview), as a blob. */
async function postForBlob(path: string, body: unknown): Promise<Blob> {
  const response = await send(path, { method: 'POST', body }, '*/*');
  return response.blob();
}

/** A multipart upload of one file in the part `file`. */
function upload<T>(path: string, file: File, method: 'POST' | 'PUT' = 'POST'): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<T>(path, { method, body: form });
}

/**
 * A multipart upload of one file with progress (fetch cannot report upload progress): `onProgress`
 * gets 0–100. Failures become an {@link ApiError} like every other call.
 */
async function uploadWithProgress<T>(path: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  const token = await freshToken();
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.setRequestHeader('Accept-Language', currentLanguage());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onerror = () => reject(new ApiError('network', 0, i18n.t('errors.network')));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(errorFor(request.status, parseProblem(body, request.status)));
    };
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

/**
 * A POST that survives the page being closed (`keepalive`), for the last heartbeat on `pagehide`.
 * Answers the parsed body, or undefined when the call failed: callers treat it as best effort.
 */
async function postKeepalive<T>(path: string, body: unknown): Promise<T | undefined> {
  const token = await freshToken();
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    const response = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body), keepalive: true });
    return response.ok ? ((await readBody(response)) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** How long an early answer waits for the page to ask for it. */
const EARLY_FOR_MS = 15_000;
const early = new Map<string, { at: number; answer: Promise<unknown> }>();

/**
 * Starts GETs the page is about to make (issue 14): at start-up the app knows from the address and
 * the token which calls the page's first render will make, and asks for them while the page's code
 * is still being run — a slow phone's CPU took a second or more to get there. The page's own `get`
 * of the same path takes the answer (once, within 15 s, errors included); otherwise it is dropped.
 */
export function requestEarly(paths: readonly string[]): void {
  for (const path of paths) {
    const answer = apiRequest<unknown>(path);
    answer.catch(() => {}); // the page's own call reports it
    early.set(path, { at: Date.now(), answer });
  }
}

function takeEarly<T>(path: string): Promise<T> | undefined {
  const found = early.get(path);
  if (!found) return undefined;
  early.delete(path);
  return Date.now() - found.at <= EARLY_FOR_MS ? (found.answer as Promise<T>) : undefined;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => takeEarly<T>(path) ?? apiRequest<T>(path, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
  upload,
  uploadWithProgress,
  postKeepalive,
  download: apiDownload,
  postForBlob,
};
