import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LearnerImport } from '@/features/learner-imports/api/types';
import { ImportWizard } from '@/features/learner-imports/components/import-wizard';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const validated: LearnerImport = {
  id: 7,
  status: 'VALIDATED',
  fileName: 'ds.xlsx',
  progress: 100,
  totalRows: 3,
  validRows: 3,
  invalidRows: 0,
  toCreate: 2,
  toUpdate: 1,
  errors: [],
};

const spreadsheet = () =>
  new File(['x'], 'ds.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

afterEach(() => vi.unstubAllGlobals());

describe('ImportWizard', () => {
  it('uploads the file as multipart, commits all rows and offers to issue accounts', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'POST /api/learner-imports': () => json(validated, 201),
      'GET /api/learner-imports/7': () => json(validated),
      'POST /api/learner-imports/7/commit': () => json({ created: 2, updated: 1, skipped: 0, learnerIds: [41, 42, 43] }),
      'POST /api/account-issuances': () => json({ id: 9, status: 'QUEUED', total: 3, done: 0, failed: 0 }, 202),
      'GET /api/account-issuances/9': () => json({ id: 9, status: 'QUEUED', total: 3, done: 0, failed: 0 }),
    });
    renderWithProviders(<ImportWizard />);

    await user.upload(screen.getByLabelText('File danh sách (.xlsx)'), spreadsheet());
    await user.click(screen.getByRole('button', { name: 'Tải lên và kiểm tra' }));
    await user.click(await screen.findByRole('button', { name: 'Nhập 3 học viên' }));

    expect(await screen.findByTestId('import-success-counts')).toHaveTextContent('Thêm mới 2, cập nhật 1, bỏ qua 0');
    expect(screen.getByRole('button', { name: 'Cấp tài khoản cho các học viên này' })).toBeInTheDocument();
    const upload = api.callsTo('POST', '/api/learner-imports')[0];
    expect((upload?.body as FormData).get('file')).toBeInstanceOf(File);
    expect(api.callsTo('POST', '/api/learner-imports/7/commit')[0]?.body).toEqual({ mode: 'ALL_OR_NOTHING' });

    await user.click(screen.getByRole('button', { name: 'Cấp tài khoản cho các học viên này' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/account-issuances')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/account-issuances')[0]?.body).toEqual({ learnerIds: [41, 42, 43] });
  });

  it('shows a file-level problem from the server and stays on the upload form', async () => {
    const user = userEvent.setup();
    mockApi({
      'POST /api/learner-imports': () =>
        problem(400, { title: 'Thiếu cột', detail: 'File thiếu các cột bắt buộc: Họ và tên, Ngày sinh.' }),
    });
    renderWithProviders(<ImportWizard />);

    await user.upload(screen.getByLabelText('File danh sách (.xlsx)'), spreadsheet());
    await user.click(screen.getByRole('button', { name: 'Tải lên và kiểm tra' }));

    expect(await screen.findByTestId('error-alert')).toHaveTextContent('File thiếu các cột bắt buộc: Họ và tên, Ngày sinh.');
    expect(screen.getByTestId('import-upload')).toBeInTheDocument();
  });

  it('shows the checking progress, asks every second, and stops asking once the report is ready', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const answers = [{ ...validated, status: 'VALIDATING', progress: 70 }, validated];
      const api = mockApi({
        'POST /api/learner-imports': () => json({ ...validated, status: 'VALIDATING', progress: 40 }, 202),
        'GET /api/learner-imports/7': () => json(answers.shift() ?? validated),
      });
      renderWithProviders(<ImportWizard />);
      await user.upload(screen.getByLabelText('File danh sách (.xlsx)'), spreadsheet());
      await user.click(screen.getByRole('button', { name: 'Tải lên và kiểm tra' }));

      expect(await screen.findByRole('progressbar')).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(await screen.findByTestId('import-report')).toBeInTheDocument();

      const polls = api.callsTo('GET', '/api/learner-imports/7').length;
      await act(() => vi.advanceTimersByTimeAsync(4000));
      expect(api.callsTo('GET', '/api/learner-imports/7')).toHaveLength(polls);
    } finally {
      vi.useRealTimers();
    }
  });
});
