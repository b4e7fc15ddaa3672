import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IssueForUnit } from '@/features/accounts/components/issue-for-unit';
import { json, mockApi, problem } from '@/testing/mock-api';
import { ngheAnTree } from '@/testing/org-units-fixture';
import { renderWithProviders } from '@/testing/test-utils';

afterEach(() => vi.unstubAllGlobals());

const started = { id: 3, status: 'QUEUED', total: 0, done: 0, failed: 0, createdAt: 'x', finishedAt: null };

describe('IssueForUnit', () => {
  it('starts an issuance for the unit picked from the tree', async () => {
    const user = userEvent.setup();
    const onStarted = vi.fn();
    const api = mockApi({
      'GET /api/org-units/tree': () => json(ngheAnTree()),
      'POST /api/account-issuances': () => json(started, 202),
    });
    renderWithProviders(<IssueForUnit onStarted={onStarted} />);

    await user.selectOptions(await screen.findByLabelText('Đơn vị'), '141');
    await user.click(screen.getByRole('button', { name: 'Cấp tài khoản' }));

    await waitFor(() => expect(onStarted).toHaveBeenCalledWith(3));
    expect(api.callsTo('POST', '/api/account-issuances')[0]?.body).toEqual({ unitId: 141 });
  });

  it('shows why the server refused', async () => {
    const user = userEvent.setup();
    mockApi({
      'GET /api/org-units/tree': () => json(ngheAnTree()),
      'POST /api/account-issuances': () => problem(403, { detail: 'Đơn vị nằm ngoài phạm vi của bạn.' }),
    });
    renderWithProviders(<IssueForUnit onStarted={vi.fn()} />);
    await user.selectOptions(await screen.findByLabelText('Đơn vị'), '15');
    await user.click(screen.getByRole('button', { name: 'Cấp tài khoản' }));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('Đơn vị nằm ngoài phạm vi của bạn.');
  });
});
