import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { ConfirmPanel } from '@/components/ui/confirm-panel';
import { Spinner } from '@/components/ui/spinner';
import { downloadMyData, useCitizenProfile, useDeleteMe } from '@/features/citizens/api/citizen-profile';
import { logout } from '@/lib/auth';

/** What Học Số keeps about a citizen: read it, download it, or delete the account and the data. */
export function MyData() {
  const { t } = useTranslation();
  const profile = useCitizenProfile();
  const deleteMe = useDeleteMe();
  const [confirming, setConfirming] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  if (profile.isPending) return <Spinner />;
  if (profile.isError) return <ErrorAlert error={profile.error} />;
  return (
    <section data-testid="my-data">
      <h1 className="page-title">{t('citizens.data.title')}</h1>
      {profile.data ? (
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('citizens.profile.commune')}</dt>
            <dd>{profile.data.communeName}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('citizens.profile.birthYear')}</dt>
            <dd>{profile.data.birthYear}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('citizens.profile.gender')}</dt>
            <dd>{profile.data.gender ? t(`citizens.profile.gender${profile.data.gender}`) : t('citizens.profile.genderUnsaid')}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">{t('citizens.data.none')}</p>
      )}
      <p>{t('citizens.data.kept')}</p>
      {downloadError !== null && <ErrorAlert error={downloadError} />}
      <button
        type="button"
        className="button button--ghost"
        data-testid="my-data-download"
        onClick={() => void downloadMyData().catch((error: unknown) => setDownloadError(error))}
      >
        {t('citizens.data.download')}
      </button>
      {!confirming ? (
        <button type="button" className="button button--danger" data-testid="my-data-delete" onClick={() => setConfirming(true)}>
          {t('citizens.data.delete')}
        </button>
      ) : (
        <ConfirmPanel
          title={t('citizens.data.confirmTitle')}
          confirmLabel={t('citizens.data.confirm')}
          cancelLabel={t('common.cancel')}
          busy={deleteMe.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => deleteMe.mutate(undefined, { onSuccess: () => logout() })}
          testId="my-data-confirm"
        >
          <p>{t('citizens.data.confirmText')}</p>
        </ConfirmPanel>
      )}
      {deleteMe.isError && <ErrorAlert error={deleteMe.error} />}
    </section>
  );
}
