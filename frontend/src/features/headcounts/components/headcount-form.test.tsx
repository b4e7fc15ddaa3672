import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Headcount } from '@/features/headcounts/api/types';
import { HeadcountForm } from '@/features/headcounts/components/headcount-form';
import { json, mockApi, problem } from '@/testing/mock-api';
import { ngheAnTree } from '@/testing/org-units-fixture';
import { renderWithProviders } from '@/testing/test-utils';

afterEach(() => vi.unstubAllGlobals());

const draft: Headcount = {
  id: 5,
  unitId: 14,
  unitCode: 'NA-DIENCHAU',
  unitName: 'Huyện Diễn Châu',
  period: '2026',
  status: 'RETURNED',
  counts: { CAN_BO: 12, CONG_CHUC: 40, VIEN_CHUC: 300, NGUOI_LAO_DONG: 10 },
  total: 362,
  note: null,
  returnReason: 'Sai số viên chức',
  hasDocument: false,
  version: 2,
  updatedAt: '2026-11-20T02:00:00Z',
  updatedBy: 'demo.unitadmin',
};

describe('HeadcountForm', () => {
  it('declares a unit from the tree with a number per category and shows the total', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const api = mockApi({
      'GET /api/org-units/tree': () => json(ngheAnTree()),
      'POST /api/headcounts': () => json({ ...draft, status: 'DRAFT' }, 201),
    });
    renderWithProviders(<HeadcountForm editing={null} period="2026" onDone={onDone} onCancel={vi.fn()} />);

    await user.selectOptions(await screen.findByLabelText('Đơn vị'), '14');
    expect(screen.queryByRole('option', { name: /Xã Diễn Hồng/ })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Cán bộ'), '12');
    await user.type(screen.getByLabelText('Viên chức'), '300');
    expect(screen.getByTestId('headcount-form-total')).toHaveTextContent('312');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.callsTo('POST', '/api/headcounts')[0]?.body).toEqual({
      unitId: 14,
      period: '2026',
      counts: { CAN_BO: 12, CONG_CHUC: 0, VIEN_CHUC: 300, NGUOI_LAO_DONG: 0 },
      note: '',
    });
  });

  it('corrects a returned declaration with PUT and shows the server field errors', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const api = mockApi({
      'PUT /api/headcounts/5': () =>
        problem(400, {
          detail: 'Số liệu không hợp lệ',
          errors: [{ field: 'counts.VIEN_CHUC', message: 'phải là số không âm' }],
        }),
    });
    renderWithProviders(<HeadcountForm editing={draft} period="2026" onDone={onDone} onCancel={vi.fn()} />);

    expect(screen.getByLabelText('Viên chức')).toHaveValue(300);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('Số liệu không hợp lệ');
    expect(alert).toHaveTextContent('counts.VIEN_CHUC: phải là số không âm');
    expect(api.callsTo('PUT', '/api/headcounts/5')).toHaveLength(1);
    expect(api.callsTo('GET', '/api/org-units/tree')).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
  });
});
