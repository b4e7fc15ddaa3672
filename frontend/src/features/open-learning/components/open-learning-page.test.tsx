import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenLearningPage } from '@/features/open-learning/components/open-learning-page';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

afterEach(() => vi.unstubAllGlobals());

const tree = [
  {
    id: 14, code: 'NA-DIENCHAU', name: 'Huyện Diễn Châu', type: 'DISTRICT', status: 'ACTIVE',
    children: [{ id: 15, code: 'NA-DIENCHAU-DIENKY', name: 'Xã Diễn Kỷ', type: 'COMMUNE', status: 'ACTIVE', children: [] }],
  },
];

const publicMaterials = [
  {
    slug: 'an-toan-tren-mang', title: 'An toàn trên mạng', pageUrl: '/t/an-toan-tren-mang',
    materials: [{ slug: 'nhan-biet-lua-dao', title: 'Nhận biết lừa đảo', pageUrl: '/m/nhan-biet-lua-dao' }],
  },
];

describe('OpenLearningPage', () => {
  it('lets a unit admin print posters and read reach, labelled as opens, without the authoring forms', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'GET /api/org-units/tree': () => json(tree),
      'GET /api/public/materials': () => json(publicMaterials),
      'GET /api/units/14/qr-reach': () =>
        json({ from: '2026-11-03', to: '2026-12-02', totalOpens: 7, communes: [{ unitId: 15, code: 'NA-DIENCHAU-DIENKY', name: 'Xã Diễn Kỷ', opens: 7 }], byTarget: [] }),
    });
    renderWithProviders(<OpenLearningPage roles={['UNIT_ADMIN']} />);

    expect(await screen.findByTestId('posters', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('material-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('posters-target')).toHaveTextContent('Nhận biết lừa đảo');
    await user.selectOptions(screen.getByTestId('reach-unit'), '14');
    expect(await screen.findByTestId('reach-NA-DIENCHAU-DIENKY', {}, { timeout: 15_000 })).toHaveTextContent('7');
    expect(screen.getByTestId('reach-total')).toHaveTextContent('7 lượt mở');
    expect(api.calls.some((call) => call.url.pathname.startsWith('/api/open-learning/'))).toBe(false);
  }, 30_000);

  it('offers a district a ZIP and a commune a single PDF', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/org-units/tree': () => json(tree),
      'GET /api/public/materials': () => json(publicMaterials),
    });
    renderWithProviders(<OpenLearningPage roles={['UNIT_ADMIN']} />);
    await user.selectOptions(await screen.findByTestId('posters-unit', {}, { timeout: 15_000 }), '14');
    expect(screen.getByTestId('posters-download')).toHaveTextContent('ZIP');
    await user.selectOptions(screen.getByTestId('posters-unit'), '15');
    expect(screen.getByTestId('posters-download')).toHaveTextContent('PDF');
  }, 30_000);
});
