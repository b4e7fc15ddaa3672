import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountActions } from '@/features/learners/components/account-actions';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('AccountActions', () => {
  it('shows the new activation code once a reset succeeds', async () => {
    const user = userEvent.setup();
    const api = mockApi({
      'POST /api/learner-accounts/7/reset': () =>
        json({ learnerId: 7, fullName: 'Đặng Quốc Hưng', username: 'hungdq7', activationCode: 'k7m2-x9qa-3hf8-wz5c', expiresAt: '2026-12-21T00:00:00Z' }),
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithProviders(<AccountActions learnerId={7} permissions={{ canReset: true, canDisable: false }} />);

    await user.click(screen.getByRole('button', { name: 'Cấp lại mã kích hoạt' }));

    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Mã cũ'));
    expect(await screen.findByTestId('account-new-code-7')).toHaveTextContent('hungdq7: k7m2-x9qa-3hf8-wz5c');
    expect(api.callsTo('POST', '/api/learner-accounts/7/reset')).toHaveLength(1);
  });

  it('asks for confirmation and resets nothing when it is declined', async () => {
    const user = userEvent.setup();
    const api = mockApi({});
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    renderWithProviders(<AccountActions learnerId={7} permissions={{ canReset: true, canDisable: false }} />);

    await user.click(screen.getByRole('button', { name: 'Cấp lại mã kích hoạt' }));

    expect(api.callsTo('POST', '/api/learner-accounts/7/reset')).toHaveLength(0);
    expect(screen.queryByTestId('account-new-code-7')).not.toBeInTheDocument();
  });

  it('gives a trainer the reset but not the lock', () => {
    renderWithProviders(<AccountActions learnerId={7} permissions={{ canReset: true, canDisable: false }} />);
    expect(screen.queryByRole('button', { name: 'Khóa' })).not.toBeInTheDocument();
  });

  it('explains why a learner without an account cannot be reset', async () => {
    const user = userEvent.setup();
    mockApi({
      'POST /api/learner-accounts/8/disable': () => problem(404, { title: 'Chưa có tài khoản', detail: 'Học viên 8 chưa được cấp tài khoản.' }),
    });
    renderWithProviders(<AccountActions learnerId={8} permissions={{ canReset: true, canDisable: true }} />);

    await user.click(screen.getByRole('button', { name: 'Khóa' }));

    await waitFor(() => expect(screen.getByTestId('error-alert')).toHaveTextContent('chưa được cấp tài khoản'));
  });
});
