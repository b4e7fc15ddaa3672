import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { ConfirmPanel } from '@/components/ui/confirm-panel';
import { useResetAccount, useSetAccountEnabled, type AccountState } from '@/features/learners/api/learner-account';
import { formatDate } from '@/utils/format-date';

export type AccountPermissions = { canReset: boolean; canDisable: boolean };

type Pending = 'reset' | 'disable' | null;

/**
 * A learner's account (issue 14): its state, only the actions that apply to it, and a confirmation
 * naming the learner before a reset (their password stops working) or a lock. Unlocking needs none.
 * {@code account}: undefined while the state loads, null when no account was issued.
 */
export function AccountActions({
  learnerId,
  learnerName,
  account,
  permissions,
}: {
  learnerId: number;
  learnerName: string;
  account: AccountState | null | undefined;
  permissions: AccountPermissions;
}) {
  const { t, i18n } = useTranslation();
  const reset = useResetAccount();
  const toggle = useSetAccountEnabled();
  const [pending, setPending] = useState<Pending>(null);
  // After a lock or unlock the server's answer is the account's new state.
  const status = toggle.data?.status ?? account?.status;

  if (account === undefined) return <span className="muted">…</span>;
  if (account === null) {
    return (
      <span className="tag tag--none" data-testid={`account-state-${learnerId}`}>
        {t('ux.account.none')}
      </span>
    );
  }
  const locked = status === 'DISABLED' || status === 'EXPIRED';
  const busy = reset.isPending || toggle.isPending;

  return (
    <div className="account-actions" data-testid={`account-actions-${learnerId}`}>
      <span className={`tag tag--account-${status}`} data-testid={`account-state-${learnerId}`}>
        {t(`ux.account.state.${status}`)}
      </span>
      {pending === null && (
        <div className="account-actions__buttons">
          {permissions.canReset && !locked && (
            <button type="button" className="button button--ghost" disabled={busy} onClick={() => setPending('reset')}>
              {t('learners.account.reset')}
            </button>
          )}
          {permissions.canDisable && !locked && (
            <button type="button" className="button button--ghost" disabled={busy} onClick={() => setPending('disable')}>
              {t('learners.account.disable')}
            </button>
          )}
          {permissions.canDisable && locked && (
            <button
              type="button"
              className="button button--ghost"
              disabled={busy}
              onClick={() => toggle.mutate({ learnerId, enabled: true })}
            >
              {t('learners.account.enable')}
            </button>
          )}
        </div>
      )}
      {pending === 'reset' && (
        <ConfirmPanel
          title={t('ux.account.confirmResetTitle', { name: learnerName })}
          confirmLabel={t('learners.account.reset')}
          cancelLabel={t('ux.account.cancel')}
          busy={busy}
          testId={`confirm-reset-${learnerId}`}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            reset.mutate(learnerId);
          }}
        >
          <p>{t('ux.account.confirmResetBody', { name: learnerName })}</p>
        </ConfirmPanel>
      )}
      {pending === 'disable' && (
        <ConfirmPanel
          title={t('ux.account.confirmDisableTitle', { name: learnerName })}
          confirmLabel={t('learners.account.disable')}
          cancelLabel={t('ux.account.cancel')}
          busy={busy}
          testId={`confirm-disable-${learnerId}`}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            toggle.mutate({ learnerId, enabled: false });
          }}
        >
          <p>{t('ux.account.confirmDisableBody', { name: learnerName })}</p>
        </ConfirmPanel>
      )}
      {reset.data && (
        <p className="notice" role="status" data-testid={`account-new-code-${learnerId}`}>
          {t('learners.account.newCode', {
            username: reset.data.username,
            code: reset.data.activationCode,
            date: formatDate(reset.data.expiresAt, i18n.language),
          })}
        </p>
      )}
      {toggle.isSuccess && (
        <p className="notice" role="status">
          {toggle.variables?.enabled ? t('learners.account.enabled') : t('learners.account.disabled')}
        </p>
      )}
      {reset.error && <ErrorAlert error={reset.error} />}
      {toggle.error && <ErrorAlert error={toggle.error} />}
    </div>
  );
}
