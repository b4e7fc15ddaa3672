import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useMe } from '@/features/me/api/get-me';
import { useUnitOptions } from '@/features/waves/api/get-unit-options';
import { useWaves } from '@/features/waves/api/get-waves';
import { OpenWaveForm } from '@/features/waves/components/open-wave-form';
import { WaveList } from '@/features/waves/components/wave-list';

export function WavesRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const waves = useWaves();
  const isAdmin = me.data?.roles.includes('ADMIN') ?? false;
  const units = useUnitOptions();

  return (
    <>
      <h1 className="page-title">{t('waves.title')}</h1>
      <p className="lead">{t('waves.intro')}</p>
      {waves.isPending && <Spinner />}
      {waves.error && <ErrorAlert error={waves.error} onRetry={() => void waves.refetch()} />}
      {waves.data && <WaveList waves={waves.data} />}
      {isAdmin && units.data && <OpenWaveForm units={units.data} onOpened={(wave) => void navigate(`/waves/${wave.id}`)} />}
    </>
  );
}
