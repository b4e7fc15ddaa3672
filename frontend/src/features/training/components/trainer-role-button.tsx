import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { grantTrainerRole, revokeTrainerRole } from '@/features/training/api/trainer-role';
import type { Participant } from '@/features/training/api/types';

/** For an ADMIN or unit admin: gives a trained participant the TRAINER role (in Keycloak), or takes it back. */
export function TrainerRoleButton({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const [trainer, setTrainer] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const change = async (grant: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const status = grant ? await grantTrainerRole(participant.learnerId) : await revokeTrainerRole(participant.learnerId);
      setTrainer(status.trainer);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="trainer-role" data-testid={`trainer-role-${participant.learnerId}`}>
      {trainer !== null && (
        <span className="notice" role="status">
          {t(trainer ? 'training.trainerRole.granted' : 'training.trainerRole.revoked', { name: participant.fullName })}
        </span>
      )}
      <button type="button" className="button button--ghost" disabled={busy} onClick={() => void change(trainer !== true)}>
        {t(trainer === true ? 'training.trainerRole.revoke' : 'training.trainerRole.grant')}
      </button>
      {error !== null && <ErrorAlert error={error} />}
    </span>
  );
}
