import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '@/features/me/api/get-me';
import { MeCard } from '@/features/me/components/me-card';
import { i18n } from '@/lib/i18n';
import { renderWithI18n } from '@/testing/test-utils';

const unitAdmin: Me = {
  username: 'demo.unitadmin',
  displayName: 'Lê Văn Hùng',
  roles: ['UNIT_ADMIN', 'default-roles-hocso'],
  orgUnit: {
    id: 14,
    code: 'NA-DIENCHAU',
    name: 'Huyện Diễn Châu',
    type: 'DISTRICT',
    path: [
      { id: 1, code: 'NA', name: 'Tỉnh Nghệ An' },
      { id: 14, code: 'NA-DIENCHAU', name: 'Huyện Diễn Châu' },
    ],
  },
};

describe('MeCard', () => {
  it('shows the translated roles, leaving out technical Keycloak roles', async () => {
    renderWithI18n(<MeCard me={unitAdmin} />);
    expect(screen.getByTestId('me-roles')).toHaveTextContent(/^Quản trị đơn vị$/);

    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText('Unit administrator')).toBeInTheDocument();
  });

  it('shows the unit with its path from the root', () => {
    renderWithI18n(<MeCard me={unitAdmin} />);
    const path = screen.getByRole('navigation', { name: 'Đường dẫn đơn vị' });
    expect(path).toHaveTextContent('Tỉnh Nghệ An');
    expect(path).toHaveTextContent('Huyện Diễn Châu');
    expect(screen.getByText('Huyện/thị xã/thành phố')).toBeInTheDocument();
  });

  it('tells a user without a unit what to do', () => {
    renderWithI18n(<MeCard me={{ ...unitAdmin, orgUnit: null }} />);
    expect(screen.getByTestId('me-org-unit')).toHaveTextContent('chưa được gắn với đơn vị nào');
  });
});
