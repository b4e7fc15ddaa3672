import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LearnerImport } from '@/features/learner-imports/api/types';
import { ImportLayout } from '@/features/learner-imports/components/import-layout';
import { renderWithI18n } from '@/testing/test-utils';

const report: LearnerImport = {
  id: 9,
  status: 'VALIDATED',
  fileName: 'ds.xlsx',
  progress: 100,
  totalRows: 2,
  validRows: 2,
  invalidRows: 0,
  toCreate: 2,
  toUpdate: 0,
  errors: [],
  sheet: 'Khối Đảng',
  otherSheets: ['Khối chính quyền'],
  headerRow: 4,
  ignoredRows: [
    { row: 1, text: 'DANH SÁCH CÁN BỘ, CÔNG CHỨC' },
    { row: 2, text: '(Kèm theo Kế hoạch số 420/KH-UBND)' },
  ],
};

describe('ImportLayout', () => {
  it('names the sheet read, the header row, every title row left out and the other lists', () => {
    renderWithI18n(<ImportLayout report={report} />);
    expect(screen.getByTestId('import-layout')).toHaveTextContent('Đã đọc trang tính «Khối Đảng», dòng tiêu đề là dòng 4.');
    const ignored = within(screen.getByTestId('import-ignored-rows')).getAllByRole('listitem');
    expect(ignored.map((item) => item.textContent)).toEqual([
      'Dòng 1: DANH SÁCH CÁN BỘ, CÔNG CHỨC',
      'Dòng 2: (Kèm theo Kế hoạch số 420/KH-UBND)',
    ]);
    expect(screen.getByTestId('import-other-sheets')).toHaveTextContent('Khối chính quyền');
  });

  it('shows nothing for a CSV read from its first line', () => {
    renderWithI18n(<ImportLayout report={{ ...report, sheet: null, otherSheets: [], ignoredRows: [], headerRow: 1 }} />);
    expect(screen.queryByTestId('import-layout')).toBeNull();
  });
});
