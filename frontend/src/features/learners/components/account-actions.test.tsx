import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountState } from '@/features/learners/api/learner-account';
import { AccountActions } from '@/features/learners/components/account-actions';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

afterEach(() => vi.unstubAllGlobals());

const active: AccountState = { learnerId: 7, username: 'hungdq7', status: 'ACTIVATED', codeExpiresAt: null };
const NAME = 'Đặng Quốc Hưng';

describe('AccountActions', () => {
  it('asks for a confirmation naming the learner before a reset, then shows the new code once', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'POST /api/learner-accounts/7/reset': () =>
        json({ learnerId: 7, fullName: NAME, username: 'hungdq7', activationCode: 'k7m2-x9qa-3hf8-wz5c', expiresAt: '2026-12-21T00:00:00Z' }),
    });
    renderWithProviders(
      <AccountActions learnerId={7} learnerName={NAME} account={active} permissions={{ canReset: true, canDisable: false }} />,
    );

    await user.click(screen.getByRole('button', { name: 'Cấp lại mã kích hoạt' }));
    const confirm = screen.getByTestId('confirm-reset-7');
    expect(confirm).toHaveTextContent(`Cấp lại mã kích hoạt cho ${NAME}?`);
    expect(api.callsTo('POST', '/api/learner-accounts/7/reset')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Cấp lại mã kích hoạt' }));

    expect(await screen.findByTestId('account-new-code-7')).toHaveTextContent('hungdq7: k7m2-x9qa-3hf8-wz5c');
    expect(api.callsTo('POST', '/api/learner-accounts/7/reset')).toHaveLength(1);
  });

  it('does nothing when the reset is cancelled', async () => {
    const user = userEvent.setup();
    const api = mockApi({});
    renderWithProviders(
      <AccountActions learnerId={7} learnerName={NAME} account={active} permissions={{ canReset: true, canDisable: true }} />,
    );
    await user.click(screen.getByRole('button', { name: 'Khóa' }));
    expect(screen.getByTestId('confirm-disable-7')).toHaveTextContent(`Khóa tài khoản của ${NAME}?`);
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByTestId('confirm-disable-7')).not.toBeInTheDocument();
    expect(api.callsTo('POST', '/api/learner-accounts/7/disable')).toHaveLength(0);
  });

  it('gives a trainer the reset but not the lock', () => {
    renderWithProviders(
      <AccountActions learnerId={7} learnerName={NAME} account={active} permissions={{ canReset: true, canDisable: false }} />,
    );
    expect(screen.queryByRole('button', { name: 'Khóa' })).not.toBeInTheDocument();
  });

  it('offers only unlocking for a locked account, and shows its state', () => {
    renderWithProviders(
      <AccountActions
        learnerId={7}
        learnerName={NAME}
        account={{ ...active, status: 'DISABLED' }}
        permissions={{ canReset: true, canDisable: true }}
      />,
    );
    expect(screen.getByTestId('account-state-7')).toHaveTextContent('Đã khóa');
    expect(screen.getByRole('button', { name: 'Mở khóa' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Khóa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cấp lại mã kích hoạt' })).not.toBeInTheDocument();
  });

  it('offers no action to a learner without an account', () => {
    renderWithProviders(
      <AccountActions learnerId={8} learnerName={NAME} account={null} permissions={{ canReset: true, canDisable: true }} />,
    );
    expect(screen.getByTestId('account-state-8')).toHaveTextContent('Chưa cấp tài khoản');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('explains a failed lock in the server’s words', async () => {
    const user = userEvent.setup();
    mockApi({
      'POST /api/learner-accounts/7/disable': () => problem(409, { title: 'Không khóa được', detail: 'Keycloak không trả lời.' }),
    });
    renderWithProviders(
      <AccountActions learnerId={7} learnerName={NAME} account={active} permissions={{ canReset: false, canDisable: true }} />,
    );
    await user.click(screen.getByRole('button', { name: 'Khóa' }));
    await user.click(screen.getByRole('button', { name: 'Khóa' }));
    await waitFor(() => expect(screen.getByTestId('error-alert')).toHaveTextContent('Keycloak không trả lời'));
  });
});
