import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { useResetAccount, useSetAccountEnabled } from '@/features/learners/api/learner-account';
import { formatDate } from '@/utils/format-date';

export type AccountPermissions = { canReset: boolean; canDisable: boolean };

/** A learner's account: a new activation code (shown once) and, for managers, lock and unlock. */
export function AccountActions({ learnerId, permissions }: { learnerId: number; permissions: AccountPermissions }) {
  const { t, i18n } = useTranslation();
  const reset = useResetAccount();
  const toggle = useSetAccountEnabled();

  return (
    <div className="account-actions" data-testid={`account-actions-${learnerId}`}>
      {permissions.canReset && (
        <button type="button" className="button button--ghost" disabled={reset.isPending} onClick={() => window.confirm(t('learners.account.confirmReset')) && reset.mutate(learnerId)}>
          {t('learners.account.reset')}
        </button>
      )}
      {permissions.canDisable && (
        <>
          <button
            type="button"
            className="button button--ghost"
            disabled={toggle.isPending}
            onClick={() => toggle.mutate({ learnerId, enabled: false })}
          >
            {t('learners.account.disable')}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={toggle.isPending}
            onClick={() => toggle.mutate({ learnerId, enabled: true })}
          >
            {t('learners.account.enable')}
          </button>
        </>
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
