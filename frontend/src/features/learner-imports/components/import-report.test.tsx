import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LearnerImport } from '@/features/learner-imports/api/types';
import { ImportReport } from '@/features/learner-imports/components/import-report';
import { renderWithI18n } from '@/testing/test-utils';

const withErrors: LearnerImport = {
  id: 7,
  status: 'VALIDATED',
  fileName: 'ds.xlsx',
  progress: 100,
  totalRows: 120,
  validRows: 118,
  invalidRows: 2,
  toCreate: 100,
  toUpdate: 18,
  errors: [
    { row: 17, column: 'Họ và tên', field: 'fullName', code: 'missing', message: 'Dòng 17: thiếu họ tên' },
    { row: 42, column: 'Ngày sinh', field: 'dateOfBirth', code: 'format', message: 'Dòng 42: ngày sinh không hợp lệ' },
  ],
};
const clean: LearnerImport = { ...withErrors, validRows: 120, invalidRows: 0, toCreate: 102, errors: [] };

afterEach(() => vi.unstubAllGlobals());

function renderReport(report: LearnerImport) {
  const onCommit = vi.fn();
  const onUploadAgain = vi.fn();
  renderWithI18n(
    <ImportReport report={report} onCommit={onCommit} onUploadAgain={onUploadAgain} committing={false} commitError={null} />,
  );
  return { onCommit, onUploadAgain };
}

describe('ImportReport', () => {
  it('shows the totals and every row error with its row and column', () => {
    renderReport(withErrors);
    expect(screen.getByTestId('import-total')).toHaveTextContent('120');
    expect(screen.getByTestId('import-invalid')).toHaveTextContent('2');
    expect(screen.getByTestId('import-update')).toHaveTextContent('18');
    const rows = within(screen.getByTestId('import-errors')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('17');
    expect(rows[0]).toHaveTextContent('Họ và tên');
    expect(rows[0]).toHaveTextContent('Dòng 17: thiếu họ tên');
    expect(screen.getByTestId('import-annotated')).toHaveTextContent('Tải file có đánh dấu lỗi');
  });

  it('with invalid rows says nothing is stored and offers no all-or-nothing commit', () => {
    renderReport(withErrors);
    expect(screen.getByTestId('import-nothing-stored')).toHaveTextContent('chưa có học viên nào được lưu');
    expect(screen.queryByTestId('import-commit-all')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sửa file và tải lại' })).toBeInTheDocument();
  });

  it('imports only the valid rows after an explicit confirmation, never on the first click', async () => {
    const user = userEvent.setup();
    const { onCommit } = renderReport(withErrors);

    await user.click(screen.getByRole('button', { name: 'Chỉ nhập các dòng hợp lệ' }));
    expect(onCommit).not.toHaveBeenCalled();
    const dialog = screen.getByRole('dialog', { name: 'Chỉ nhập các dòng hợp lệ?' });
    expect(dialog).toHaveTextContent('2 dòng lỗi sẽ bị bỏ qua');

    await user.click(within(dialog).getByRole('button', { name: 'Đồng ý, nhập 118 dòng hợp lệ' }));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('VALID_ROWS_ONLY');
  });

  it('lets the user back out of the partial import', async () => {
    const user = userEvent.setup();
    const { onCommit } = renderReport(withErrors);
    await user.click(screen.getByRole('button', { name: 'Chỉ nhập các dòng hợp lệ' }));
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('without invalid rows offers one button that imports all of them', async () => {
    const user = userEvent.setup();
    const { onCommit } = renderReport(clean);
    expect(screen.queryByTestId('import-valid-only')).not.toBeInTheDocument();
    expect(screen.queryByTestId('import-errors')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nhập 120 học viên' }));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('ALL_OR_NOTHING');
  });
});
