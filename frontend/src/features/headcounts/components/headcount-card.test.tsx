import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Headcount } from '@/features/headcounts/api/types';
import { HeadcountCard } from '@/features/headcounts/components/headcount-card';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const headcount = (over: Partial<Headcount> = {}): Headcount => ({
  id: 5,
  unitId: 14,
  unitCode: 'NA-DIENCHAU',
  unitName: 'Huyện Diễn Châu',
  period: '2026',
  status: 'SUBMITTED',
  counts: { CAN_BO: 12, CONG_CHUC: 40, VIEN_CHUC: 300, NGUOI_LAO_DONG: 10 },
  total: 362,
  note: null,
  returnReason: null,
  hasDocument: true,
  version: 1,
  updatedAt: '2026-11-20T02:00:00Z',
  updatedBy: 'demo.unitadmin',
  ...over,
});

const verifier = { canDeclare: false, canVerify: true };
const unitAdmin = { canDeclare: true, canVerify: false };

afterEach(() => vi.unstubAllGlobals());

describe('HeadcountCard', () => {
  it('offers a verifier approve and return on a submitted declaration, but no edit or submit', () => {
    mockApi({});
    renderWithProviders(<HeadcountCard headcount={headcount()} permissions={verifier} onEdit={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Duyệt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trả lại' })).toBeInTheDocument();
    expect(screen.queryByTestId('headcount-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('headcount-submit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('headcount-attach')).not.toBeInTheDocument();
  });

  it("shows a verifier the system's own count beside each declared one", () => {
    mockApi({});
    renderWithProviders(
      <HeadcountCard
        headcount={headcount()}
        permissions={verifier}
        onEdit={vi.fn()}
        registered={{ CAN_BO: 11, CONG_CHUC: 40, VIEN_CHUC: 280, NGUOI_LAO_DONG: 0 }}
      />,
    );
    expect(screen.getByTestId('headcount-system-VIEN_CHUC')).toHaveTextContent('Hệ thống: 280');
    expect(screen.getByTestId('headcount-system-CAN_BO')).toHaveTextContent('Hệ thống: 11');
  });

  it("does not show the system's counts to the unit that declares", () => {
    mockApi({});
    renderWithProviders(
      <HeadcountCard headcount={headcount()} permissions={unitAdmin} onEdit={vi.fn()} registered={{ CAN_BO: 11 }} />,
    );
    expect(screen.queryByTestId('headcount-system-CAN_BO')).not.toBeInTheDocument();
  });

  it('offers a verifier nothing to decide on a draft', () => {
    mockApi({});
    renderWithProviders(<HeadcountCard headcount={headcount({ status: 'DRAFT' })} permissions={verifier} onEdit={vi.fn()} />);
    expect(screen.queryByTestId('headcount-approve')).not.toBeInTheDocument();
    expect(screen.queryByTestId('headcount-edit')).not.toBeInTheDocument();
  });

  it('lets the unit edit, attach and submit a returned declaration and shows why it came back', () => {
    mockApi({});
    renderWithProviders(
      <HeadcountCard
        headcount={headcount({ status: 'RETURNED', returnReason: 'Thiếu số viên chức trường học' })}
        permissions={unitAdmin}
        onEdit={vi.fn()}
      />,
    );
    expect(screen.getByTestId('headcount-return-reason-shown')).toHaveTextContent('Thiếu số viên chức trường học');
    expect(screen.getByRole('button', { name: 'Sửa' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gửi thẩm định' })).toBeInTheDocument();
    expect(screen.queryByTestId('headcount-approve')).not.toBeInTheDocument();
  });

  it('will not return a declaration without a reason', async () => {
    const user = userEvent.setup();
    const api = mockApi({ 'POST /api/headcounts/5/return': () => json(headcount({ status: 'RETURNED' })) });
    renderWithProviders(<HeadcountCard headcount={headcount()} permissions={verifier} onEdit={vi.fn()} />);

    await user.click(screen.getByTestId('headcount-return'));
    const dialog = screen.getByTestId('headcount-return-dialog');
    await user.type(screen.getByLabelText('Lý do trả lại'), '   ');
    await user.click(screen.getByRole('button', { name: 'Trả lại' }));

    expect(dialog).toHaveTextContent('Vui lòng nhập lý do');
    expect(api.calls).toHaveLength(0);
  });

  it('returns a declaration with the reason typed', async () => {
    const user = userEvent.setup();
    const api = mockApi({ 'POST /api/headcounts/5/return': () => json(headcount({ status: 'RETURNED' })) });
    renderWithProviders(<HeadcountCard headcount={headcount()} permissions={verifier} onEdit={vi.fn()} />);

    await user.click(screen.getByTestId('headcount-return'));
    await user.type(screen.getByLabelText('Lý do trả lại'), 'Số viên chức chưa khớp biên chế');
    await user.click(screen.getByRole('button', { name: 'Trả lại' }));

    await waitFor(() => expect(api.callsTo('POST', '/api/headcounts/5/return')).toHaveLength(1));
    expect(api.calls[0]?.body).toEqual({ reason: 'Số viên chức chưa khớp biên chế' });
  });

  it('approves with one click', async () => {
    const user = userEvent.setup();
    const api = mockApi({ 'POST /api/headcounts/5/approve': () => json(headcount({ status: 'APPROVED' })) });
    renderWithProviders(<HeadcountCard headcount={headcount()} permissions={verifier} onEdit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Duyệt' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/headcounts/5/approve')).toHaveLength(1));
  });

  it('attaches the signed PDF with a multipart PUT', async () => {
    const user = userEvent.setup();
    const api = mockApi({ 'PUT /api/headcounts/5/document': () => json(headcount({ status: 'DRAFT', hasDocument: true })) });
    renderWithProviders(
      <HeadcountCard headcount={headcount({ status: 'DRAFT', hasDocument: false })} permissions={unitAdmin} onEdit={vi.fn()} />,
    );
    await user.upload(screen.getByLabelText('Đính kèm PDF'), new File(['%PDF'], 'qd.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(api.callsTo('PUT', '/api/headcounts/5/document')).toHaveLength(1));
    expect((api.calls[0]?.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('lets the unit open a revision of an approved declaration but not edit it in place', async () => {
    const user = userEvent.setup();
    const api = mockApi({ 'POST /api/headcounts/5/revision': () => json(headcount({ status: 'DRAFT', version: 2 })) });
    renderWithProviders(<HeadcountCard headcount={headcount({ status: 'APPROVED' })} permissions={unitAdmin} onEdit={vi.fn()} />);
    expect(screen.queryByTestId('headcount-edit')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mở bản điều chỉnh' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/headcounts/5/revision')).toHaveLength(1));
  });

  it('shows the audit trail as a timeline with the reason and the numbers that changed', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/headcounts/5/audit': () =>
        json([
          { action: 'RETURNED', actor: 'demo.verifier', at: '2026-11-20T03:00:00Z', before: null, after: null, reason: 'Sai số viên chức' },
          {
            action: 'EDITED',
            actor: 'demo.unitadmin',
            at: '2026-11-20T04:00:00Z',
            before: { counts: { VIEN_CHUC: 300 } },
            after: { counts: { VIEN_CHUC: 310 } },
            reason: null,
          },
        ]),
    });
    renderWithProviders(<HeadcountCard headcount={headcount()} permissions={verifier} onEdit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Xem lịch sử' }));

    const timeline = await screen.findByTestId('headcount-audit-5');
    const [returned, updated] = within(timeline).getAllByRole('listitem').filter((li) => li.className === 'timeline__item');
    expect(returned).toHaveTextContent('Trả lại');
    expect(returned).toHaveTextContent('demo.verifier');
    expect(returned).toHaveTextContent('Lý do: Sai số viên chức');
    expect(updated).toHaveTextContent('Viên chức: 300 → 310');
  });
});
