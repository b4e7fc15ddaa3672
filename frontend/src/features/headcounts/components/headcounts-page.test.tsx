import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiDeclaration, ApiReconciliation } from '@/features/headcounts/api/from-api';
import { HeadcountsPage } from '@/features/headcounts/components/headcounts-page';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const reconciliation: ApiReconciliation = {
  units: [
    {
      unitId: 14,
      unitCode: 'NA-DIENCHAU',
      unitName: 'Huyện Diễn Châu',
      approved: { status: 'APPROVED', counts: { CAN_BO: 12, CONG_CHUC: 40, VIEN_CHUC: 300, NGUOI_LAO_DONG: 10 } },
      pending: null,
      registered: { CAN_BO: 15, CONG_CHUC: 40, VIEN_CHUC: 300, NGUOI_LAO_DONG: 10 },
      enrolled: { CAN_BO: 10 },
      accountsIssued: null,
      notYetAvailable: ['accountsIssued'],
      discrepancies: [{ kind: 'REGISTERED_EXCEEDS_DECLARED', message: 'Số đã đăng ký (365) vượt số khai báo (362)' }],
    },
    {
      unitId: 15,
      unitCode: 'NA-VINH',
      unitName: 'Thành phố Vinh',
      approved: null,
      pending: null,
      registered: { CONG_CHUC: 5 },
      enrolled: {},
      accountsIssued: null,
      notYetAvailable: ['accountsIssued'],
      discrepancies: [],
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

const declaration = (status: 'SUBMITTED' | 'APPROVED'): ApiDeclaration => ({
  id: 5,
  unitId: 14,
  unitCode: 'NA-DIENCHAU',
  unitName: 'Huyện Diễn Châu',
  period: String(new Date().getFullYear()),
  status,
  counts: { CAN_BO: 12 },
  total: 12,
  note: null,
  returnReason: null,
  document: null,
  version: 1,
  createdBy: 'demo.unitadmin',
  createdAt: '2026-11-20T02:00:00Z',
  submittedBy: 'demo.unitadmin',
  submittedAt: '2026-11-20T02:00:00Z',
  decidedBy: null,
  decidedAt: null,
});

describe('HeadcountsPage', () => {
  it('confirms an approval on screen after the card leaves the waiting list, with a way to the approved ones', async () => {
    const user = userEvent.setup();
    let approved = false;
    const api = mockApi({
      'GET /api/headcounts': (request) =>
        json(request.url.searchParams.get('status') === 'APPROVED' || !approved ? [declaration(approved ? 'APPROVED' : 'SUBMITTED')] : []),
      'POST /api/headcounts/5/approve': () => {
        approved = true;
        return json(declaration('APPROVED'));
      },
    });
    renderWithProviders(<HeadcountsPage roles={['VERIFIER']} />);
    await user.click(await screen.findByTestId('headcount-approve'));

    const confirmed = await screen.findByTestId('headcount-decided');
    expect(confirmed).toHaveTextContent(`Đã duyệt khai báo của Huyện Diễn Châu năm ${new Date().getFullYear()}.`);
    expect(await screen.findByTestId('headcount-empty')).toHaveTextContent('Không còn khai báo nào chờ duyệt');

    await user.click(screen.getByTestId('headcount-show-approved'));
    expect(await screen.findByTestId('headcount-5')).toHaveTextContent('Đã duyệt');
    expect(api.calls.at(-1)?.url.searchParams.get('status')).toBe('APPROVED');
  });

  it('opens a verifier on the submitted declarations, with nothing to declare', async () => {
    const api = mockApi({ 'GET /api/headcounts': () => json([]) });
    renderWithProviders(<HeadcountsPage roles={['VERIFIER']} />);
    expect(await screen.findByText(`Không còn khai báo nào chờ duyệt trong năm ${new Date().getFullYear()}.`)).toBeInTheDocument();
    expect(api.calls[0]?.url.searchParams.get('status')).toBe('SUBMITTED');
    expect(screen.queryByTestId('headcount-new')).not.toBeInTheDocument();
  });

  it('lets a unit administrator start a declaration', async () => {
    mockApi({ 'GET /api/headcounts': () => json([]), 'GET /api/org-units/tree': () => json([]) });
    renderWithProviders(<HeadcountsPage roles={['UNIT_ADMIN']} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Khai báo mới' }));
    expect(screen.getByTestId('headcount-form')).toBeInTheDocument();
  });

  it('marks discrepancies in red and says which columns have no data yet', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/headcounts': () => json([]),
      'GET /api/headcounts/reconciliation': () => json(reconciliation),
    });
    renderWithProviders(<HeadcountsPage roles={['REPORTER']} />);
    await user.click(screen.getByRole('button', { name: 'Đối chiếu' }));

    const dienChau = await screen.findByTestId('reconciliation-NA-DIENCHAU');
    expect(dienChau).toHaveClass('row--bad');
    expect(dienChau).toHaveTextContent('Số đã đăng ký (365) vượt số khai báo (362)');
    expect(within(dienChau).getAllByText('chưa có dữ liệu')).toHaveLength(1);
    expect(within(dienChau).getByTestId('reconciliation-NA-DIENCHAU-enrolled')).toHaveTextContent('10');
    const vinh = screen.getByTestId('reconciliation-NA-VINH');
    expect(vinh).not.toHaveClass('row--bad');
    expect(vinh).toHaveTextContent('chưa khai báo');
  });

  it('lists units with discrepancies first, counts them and can show only those', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/headcounts': () => json([]),
      'GET /api/headcounts/reconciliation': () => json({ ...reconciliation, units: [...reconciliation.units].reverse() }),
    });
    renderWithProviders(<HeadcountsPage roles={['REPORTER']} />);
    await user.click(screen.getByRole('button', { name: 'Đối chiếu' }));

    expect(await screen.findByTestId('reconciliation-summary')).toHaveTextContent('2 đơn vị, 1 có chênh lệch');
    const rows = within(screen.getByTestId('reconciliation')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveAttribute('data-testid', 'reconciliation-NA-DIENCHAU');
    await user.click(screen.getByTestId('reconciliation-problems-only'));
    expect(screen.queryByTestId('reconciliation-NA-VINH')).not.toBeInTheDocument();
    expect(screen.getByTestId('reconciliation-NA-DIENCHAU')).toBeInTheDocument();
  });
});
