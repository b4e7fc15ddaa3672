import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OrgTree } from '@/features/org-units/components/org-tree';
import { i18n } from '@/lib/i18n';
import { ngheAnTree } from '@/testing/org-units-fixture';
import { renderWithI18n } from '@/testing/test-utils';

describe('OrgTree', () => {
  it('shows three levels at first and hides deeper ones', () => {
    renderWithI18n(<OrgTree roots={ngheAnTree()} />);
    expect(screen.getByTestId('org-node-NA')).toBeInTheDocument();
    expect(screen.getByTestId('org-node-NA-DIENCHAU-DIENKY')).toBeInTheDocument();
    expect(screen.queryByTestId('org-node-NA-DIENCHAU-DIENKY-T1')).not.toBeInTheDocument();
  });

  it('expands and collapses a unit', async () => {
    const user = userEvent.setup();
    renderWithI18n(<OrgTree roots={ngheAnTree()} />);
    await user.click(screen.getByRole('button', { name: 'Mở rộng Xã Diễn Kỷ' }));
    expect(screen.getByTestId('org-node-NA-DIENCHAU-DIENKY-T1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Thu gọn Huyện Diễn Châu' }));
    expect(screen.queryByTestId('org-node-NA-DIENCHAU-DIENKY')).not.toBeInTheDocument();
  });

  it('search without diacritics keeps the way to the match open and hides the rest', async () => {
    const user = userEvent.setup();
    renderWithI18n(<OrgTree roots={ngheAnTree()} />);
    await user.type(screen.getByLabelText('Tìm đơn vị theo tên hoặc mã'), 'dien ky');

    expect(screen.getByTestId('org-node-NA')).toBeInTheDocument();
    expect(screen.getByTestId('org-node-NA-DIENCHAU')).toBeInTheDocument();
    expect(screen.getByTestId('org-node-NA-DIENCHAU-DIENKY')).toBeInTheDocument();
    expect(screen.queryByTestId('org-node-NA-VINH')).not.toBeInTheDocument();
    expect(screen.queryByTestId('org-node-NA-DIENCHAU-DIENHONG')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Số đơn vị khớp: 1');
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithI18n(<OrgTree roots={ngheAnTree()} />);
    await user.type(screen.getByRole('searchbox'), 'Hà Nội');
    expect(screen.getByText('Không tìm thấy đơn vị nào khớp.')).toBeInTheDocument();
    expect(screen.queryByTestId('org-tree')).not.toBeInTheDocument();
  });

  it('marks a closed unit and translates unit types', async () => {
    renderWithI18n(<OrgTree roots={ngheAnTree()} />);
    const closed = screen.getByTestId('org-node-NA-DIENCHAU-DIENHONG');
    expect(within(closed).getByText('Đã giải thể')).toBeInTheDocument();
    expect(within(closed).getByText('Xã/phường/thị trấn')).toBeInTheDocument();

    await act(() => i18n.changeLanguage('en'));
    expect(await within(closed).findByText('Closed')).toBeInTheDocument();
    expect(within(closed).getByText('Commune/ward/township')).toBeInTheDocument();
  });

  it('reports the unit the user picks', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderWithI18n(<OrgTree roots={ngheAnTree()} onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: /^Thành phố Vinh/ }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ code: 'NA-VINH' }));
  });
});
