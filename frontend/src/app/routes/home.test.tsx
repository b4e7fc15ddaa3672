import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HomeRoute } from '@/app/routes/home';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

const me = (roles: string[]) => ({ username: 'demo.learner', displayName: 'Phạm Thị Hoa', roles, orgUnit: null });

afterEach(() => vi.unstubAllGlobals());

describe('HomeRoute', () => {
  it('shows a learner their enrolments', async () => {
    mockApi({
      'GET /api/me': () => json(me(['LEARNER'])),
      'GET /api/me/enrolments': () => json([]),
    });
    renderWithProviders(<HomeRoute />);
    expect(await screen.findByTestId('enrolments-empty')).toBeInTheDocument();
  });

  it('does not ask for enrolments for someone who is not a learner', async () => {
    const api = mockApi({ 'GET /api/me': () => json(me(['UNIT_ADMIN'])) });
    renderWithProviders(<HomeRoute />);
    expect(await screen.findByTestId('me-card')).toBeInTheDocument();
    expect(api.callsTo('GET', '/api/me/enrolments')).toHaveLength(0);
  });
});
