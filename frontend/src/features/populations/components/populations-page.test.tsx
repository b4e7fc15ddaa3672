import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommunePopulation, Population } from '@/features/populations/api/types';
import { PopulationsPage } from '@/features/populations/components/populations-page';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

afterEach(() => vi.unstubAllGlobals());

const year = String(new Date().getFullYear());

const declared = (status: Population['status'], declaredBy = 'dienky.admin'): Population => ({
  id: 51,
  unitId: 7,
  period: year,
  revision: 1,
  workingAge: 5210,
  source: 'Chi cục Thống kê 2024',
  note: null,
  status,
  declaredBy,
  declaredAt: '2026-11-20T02:00:00Z',
  decidedBy: status === 'APPROVED' ? 'demo.verifier' : null,
  decidedAt: status === 'APPROVED' ? '2026-11-21T02:00:00Z' : null,
  returnReason: null,
});

const commune = (latest: Population | null, approved: Population | null = null): CommunePopulation => ({
  unitId: 7,
  code: 'NA-DIENCHAU-DIENKY',
  name: 'Xã Diễn Kỷ',
  parentName: 'Huyện Diễn Châu',
  approved,
  latest,
});

describe('PopulationsPage', () => {
  it('lets a verifier verify a figure waiting for it', async () => {
    const api = mockApi({
      'GET /api/populations': () => json([commune(declared('SUBMITTED'))]),
      'POST /api/populations/51/approve': () => json(declared('APPROVED')),
    });
    renderWithProviders(<PopulationsPage roles={['VERIFIER']} username="demo.verifier" />);
    expect(await screen.findByTestId('population-latest-NA-DIENCHAU-DIENKY')).toHaveTextContent('Chờ thẩm định: 5.210');
    await userEvent.setup().click(screen.getByTestId('population-approve-NA-DIENCHAU-DIENKY'));
    expect(api.callsTo('POST', '/api/populations/51/approve')).toHaveLength(1);
  });

  it('offers no verification of one’s own declaration', async () => {
    mockApi({ 'GET /api/populations': () => json([commune(declared('SUBMITTED', 'demo.unitadmin'))]) });
    renderWithProviders(<PopulationsPage roles={['UNIT_ADMIN']} username="demo.unitadmin" />);
    expect(await screen.findByText('Bạn đã khai báo số này; một người khác ở cấp trên sẽ thẩm định.')).toBeInTheDocument();
    expect(screen.queryByTestId('population-approve-NA-DIENCHAU-DIENKY')).not.toBeInTheDocument();
  });

  it('sends a unit administrator’s figure with its source for verification', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'GET /api/populations': () => json([commune(null)]),
      'POST /api/populations': () => json(declared('SUBMITTED', 'demo.unitadmin'), 201),
    });
    renderWithProviders(<PopulationsPage roles={['UNIT_ADMIN']} username="demo.unitadmin" />);
    await user.click(await screen.findByTestId('population-declare-NA-DIENCHAU-DIENKY'));
    await user.type(screen.getByTestId('population-form-count'), '5.210');
    await user.type(screen.getByTestId('population-form-source'), 'Chi cục Thống kê 2024');
    await user.click(screen.getByTestId('population-form-submit'));
    expect(api.callsTo('POST', '/api/populations')[0]?.body).toEqual({
      unitId: 7,
      period: year,
      workingAge: 5210,
      source: 'Chi cục Thống kê 2024',
      note: null,
    });
  });
});
