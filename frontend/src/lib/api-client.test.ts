import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, apiRequest, requestEarly } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { login } from '@/lib/auth';
import { i18n } from '@/lib/i18n';

vi.mock('@/lib/auth', () => ({
  freshToken: vi.fn(() => Promise.resolve('token-123')),
  login: vi.fn(),
}));

const fetchMock = vi.fn<typeof fetch>();

function problem(status: number, body: object): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

beforeEach(() => {
  fetchMock.mockReset();
  vi.mocked(login).mockClear();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiRequest', () => {
  it('sends the bearer token and the UI language', async () => {
    fetchMock.mockResolvedValue(Response.json({ username: 'demo.unitadmin' }));
    await i18n.changeLanguage('en');

    await expect(apiRequest('/api/me')).resolves.toEqual({ username: 'demo.unitadmin' });

    const headers = fetchMock.mock.calls[0]?.[1]?.headers as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer token-123');
    expect(headers['Accept-Language']).toBe('en');
  });

  it('turns a validation problem into a message with its field errors', async () => {
    fetchMock.mockResolvedValue(
      problem(400, {
        title: 'Bad Request',
        status: 400,
        detail: 'Tệp nhập có lỗi',
        errors: [{ field: 'fullName', message: 'Dòng 17: thiếu họ tên' }],
      }),
    );
    const error = await failureOf(apiRequest('/api/learners/import', { method: 'POST', body: {} }));
    expect(error.message).toBe('Tệp nhập có lỗi');
    expect(error.fieldErrors).toEqual([{ field: 'fullName', message: 'Dòng 17: thiếu họ tên' }]);
  });

  it('explains a 403 in the server’s one sentence, not twice', async () => {
    fetchMock.mockResolvedValue(problem(403, { status: 403, detail: 'Đơn vị nằm ngoài phạm vi của bạn.' }));
    const error = await failureOf(apiRequest('/api/org-units/15'));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toBe('Đơn vị nằm ngoài phạm vi của bạn.');
  });

  it('starts a new login on 401', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 401 }));
    const error = await failureOf(apiRequest('/api/me'));
    expect(error.kind).toBe('unauthorized');
    expect(login).toHaveBeenCalledOnce();
  });

  it('reports a network failure as a translated sentence', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await failureOf(apiRequest('/api/me'));
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  });

  it('falls back to a translated message when the server sends no detail', async () => {
    fetchMock.mockResolvedValue(new Response('oops', { status: 500, headers: { 'Content-Type': 'text/plain' } }));
    const error = await failureOf(apiRequest('/api/me'));
    expect(error.message).toBe('Máy chủ báo lỗi (mã 500). Vui lòng thử lại sau.');
  });
});

describe('uploads and downloads', () => {
  it('sends a file as multipart and lets the browser set the boundary', async () => {
    fetchMock.mockResolvedValue(Response.json({ id: 7 }, { status: 201 }));
    await api.upload('/api/learner-imports', new File(['x'], 'ds.xlsx'));

    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.body).toBeInstanceOf(FormData);
    expect((init?.headers as Record<string, string>)['Content-Type']).toBeUndefined();
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer token-123');
  });

  it('turns a refused download into the server problem instead of saving an error page', async () => {
    fetchMock.mockResolvedValue(problem(404, { status: 404, detail: 'Không tìm thấy lần cấp tài khoản 9.' }));
    const error = await failureOf(api.download('/api/account-issuances/9/sheet.pdf', 'x.pdf'));
    expect(error.message).toBe('Không tìm thấy lần cấp tài khoản 9.');
  });
});

describe('requestEarly', () => {
  afterEach(() => vi.useRealTimers());

  it("answers the page's first get of the same path from the request started early, once", async () => {
    fetchMock.mockImplementation(() => Promise.resolve(Response.json({ username: 'demo.learner' })));
    requestEarly(['/api/me']);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));

    await expect(api.get('/api/me')).resolves.toEqual({ username: 'demo.learner' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // A second get (a refetch) asks the server again.
    await api.get('/api/me');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('hands over a failure too, without reporting it on its own', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(problem(404, { title: 'Not Found', detail: 'Không tìm thấy lượt ghi danh 5' })));
    requestEarly(['/api/enrolments/5/course']);

    const failure = await failureOf(api.get('/api/enrolments/5/course'));
    expect(failure.kind).toBe('not-found');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('drops an early answer the page did not ask for within 15 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    fetchMock.mockImplementation(() => Promise.resolve(Response.json({ n: fetchMock.mock.calls.length })));
    requestEarly(['/api/me/tasks']);
    vi.setSystemTime(Date.now() + 16_000);

    await expect(api.get('/api/me/tasks')).resolves.toEqual({ n: 2 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
