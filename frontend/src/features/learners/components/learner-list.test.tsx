import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Learner } from '@/features/learners/api/types';
import { LearnerList } from '@/features/learners/components/learner-list';
import { json, mockApi } from '@/testing/mock-api';
import { ngheAnTree } from '@/testing/org-units-fixture';
import { renderWithProviders } from '@/testing/test-utils';

const an: Learner = {
  id: 1,
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1980-05-02',
  gender: 'MALE',
  citizenId: '040080001234',
  email: null,
  phone: '0912345678',
  unitId: 14,
  unitCode: 'NA-DIENCHAU',
  unitName: 'Huyện Diễn Châu',
  category: 'CONG_CHUC',
  position: 'Chuyên viên',
  status: 'ACTIVE',
};

const page = (content: Learner[], pageNo = 0, totalPages = 1) => ({
  content,
  page: pageNo,
  size: 50,
  totalElements: content.length + (totalPages - 1) * 50,
  totalPages,
});

afterEach(() => vi.unstubAllGlobals());

describe('LearnerList', () => {
  it('lists learners with their unit, translated category and date of birth', async () => {
    mockApi({ 'GET /api/learners': () => json(page([an])) });
    renderWithProviders(<LearnerList />);
    const row = await screen.findByTestId('learner-1');
    expect(row).toHaveTextContent('Nguyễn Văn An');
    expect(row).toHaveTextContent('Huyện Diễn Châu');
    expect(row).toHaveTextContent('Công chức');
    expect(row).toHaveTextContent('02/05/1980');
    // The phone layout turns each row into a card labelled by these.
    expect(within(row).getAllByRole('cell')[0]).toHaveAttribute('data-label', 'Họ và tên');
  });

  it('sends the search text and the category, and starts again from the first page', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'GET /api/learners': ({ url }) => json(page([an], Number(url.searchParams.get('page')), 3)),
      'GET /api/org-units/tree': () => json(ngheAnTree()),
    });
    renderWithProviders(<LearnerList />);

    await user.click(await screen.findByRole('button', { name: 'Sau ›' }));
    expect(await screen.findByText('Trang 2/3')).toBeInTheDocument();
    await user.type(screen.getByTestId('learner-search'), 'nguyen van an');
    await user.selectOptions(screen.getByLabelText('Đối tượng'), 'Viên chức');
    await user.selectOptions(await screen.findByLabelText('Đơn vị'), '14');

    await waitFor(() => {
      const last = api.callsTo('GET', '/api/learners').at(-1)?.url.searchParams;
      expect(last?.get('q')).toBe('nguyen van an');
      expect(last?.get('category')).toBe('VIEN_CHUC');
      expect(last?.get('unitId')).toBe('14');
      expect(last?.get('page')).toBe('0');
    });
  });

  it('says so when nobody matches', async () => {
    mockApi({ 'GET /api/learners': () => json(page([])) });
    renderWithProviders(<LearnerList />);
    expect(await screen.findByText('Không có học viên nào khớp.')).toBeInTheDocument();
  });
});
