import { vi } from 'vitest';

type Handler = (request: { url: URL; method: string; body: unknown }) => Response | Promise<Response>;

export type ApiMock = ReturnType<typeof mockApi>;

/**
 * Stubs fetch with handlers keyed "METHOD /path" (query string ignored); an unexpected call
 * answers 599 so the test sees it. `calls` records what the UI sent.
 */
export function mockApi(routes: Record<string, Handler>) {
  const calls: { method: string; url: URL; body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input, 'http://localhost');
    const method = init?.method ?? 'GET';
    const raw = init?.body;
    const body: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    calls.push({ method, url, body });
    const handler = routes[`${method} ${url.pathname}`];
    if (!handler) return new Response(`no mock for ${method} ${url.pathname}`, { status: 599 });
    return handler({ url, method, body });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock, callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.url.pathname === path) };
}

export const json = (body: unknown, status = 200) => Response.json(body, { status });

export const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
