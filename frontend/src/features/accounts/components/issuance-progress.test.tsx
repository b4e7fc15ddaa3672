import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountIssuance } from '@/features/accounts/api/types';
import { IssuanceProgress } from '@/features/accounts/components/issuance-progress';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const job = (over: Partial<AccountIssuance>): AccountIssuance => ({
  id: 3,
  status: 'RUNNING',
  total: 4500,
  done: 1200,
  failed: 0,
  createdAt: '2026-11-20T02:00:00Z',
  finishedAt: null,
  ...over,
});

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('IssuanceProgress', () => {
  it('asks every second while the job runs and stops once it is done', async () => {
    const answers = [job({ done: 1200 }), job({ done: 3600 }), job({ status: 'DONE', done: 4500, finishedAt: 'x' })];
    const api = mockApi({ 'GET /api/account-issuances/3': () => json(answers.shift() ?? answers.at(-1)) });
    renderWithProviders(<IssuanceProgress id={3} />);

    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuenow', '27');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuenow', '80');
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(await screen.findByTestId('issuance-downloads')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    const callsWhenDone = api.callsTo('GET', '/api/account-issuances/3').length;
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(api.callsTo('GET', '/api/account-issuances/3')).toHaveLength(callsWhenDone);
    expect(callsWhenDone).toBe(3);
  });

  it('downloads the Excel sheet with the bearer-token client, not a plain link', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const createObjectURL = vi.fn(() => 'blob:sheet');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const saved: string[] = [];
    // jsdom cannot follow a download link; record what would have been saved instead.
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const api = mockApi({
      'GET /api/account-issuances/3': () => json(job({ status: 'DONE', done: 4500 })),
      'GET /api/account-issuances/3/sheet.xlsx': () =>
        new Response(new Blob(['xlsx']), {
          headers: { 'Content-Disposition': 'attachment; filename="tai-khoan-3.xlsx"' },
        }),
    });
    renderWithProviders(<IssuanceProgress id={3} />);

    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Tải danh sách tài khoản (Excel)' }));

    await waitFor(() => expect(createObjectURL).toHaveBeenCalledOnce());
    expect(api.callsTo('GET', '/api/account-issuances/3/sheet.xlsx')).toHaveLength(1);
    expect(saved).toEqual(['tai-khoan-3.xlsx']);
    click.mockRestore();
    expect(screen.getByRole('button', { name: 'In phiếu tài khoản (PDF)' })).toBeInTheDocument();
  });

  it('says who of a finished 3/4 job has no account, why, and issues again for them once', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const api = mockApi({
      'GET /api/account-issuances/3': () => json(job({ status: 'DONE', total: 4, done: 3, failed: 1 })),
      'GET /api/account-issuances/3/items': () =>
        json([
          { learnerId: 1, fullName: 'Nguyễn Văn A', unitId: 9, status: 'CREATED', username: 'anv1', error: null, message: null },
          { learnerId: 2, fullName: 'Trần Thị B', unitId: 9, status: 'CREATED', username: 'btt2', error: null, message: null },
          { learnerId: 3, fullName: 'Lê Văn C', unitId: 9, status: 'EXISTED', username: 'clv3', error: null, message: null },
          {
            learnerId: 1028,
            fullName: 'Đặng Quốc Hưng',
            unitId: 9,
            status: 'FAILED',
            username: null,
            error: 'name-refused',
            message: 'Keycloak không nhận họ tên này: họ tên có ký tự không được phép.',
          },
        ]),
      'POST /api/account-issuances/3/retry': () => json(job({ id: 4, status: 'QUEUED', total: 1, done: 0 }), 202),
      'GET /api/account-issuances/4': () => json(job({ id: 4, status: 'DONE', total: 1, done: 1 })),
    });
    renderWithProviders(<IssuanceProgress id={3} />);

    const missing = await screen.findByTestId('issuance-missing');
    expect(missing).toHaveTextContent('1 học viên chưa có tài khoản sau lần cấp này');
    expect(screen.getByTestId('issuance-missing-1028')).toHaveTextContent(
      'Đặng Quốc Hưng — Keycloak không nhận họ tên này: họ tên có ký tự không được phép.',
    );
    expect(missing).not.toHaveTextContent('Nguyễn Văn A');

    await user.click(screen.getByRole('button', { name: 'Cấp lại cho 1 học viên bị lỗi' }));
    expect(await screen.findByTestId('issuance-4')).toBeInTheDocument();
    expect(screen.queryByTestId('issuance-retry')).not.toBeInTheDocument();
    expect(api.callsTo('POST', '/api/account-issuances/3/retry')).toHaveLength(1);
  });
});
