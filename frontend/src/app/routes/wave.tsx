import { useParams } from 'react-router';
import { useMe } from '@/features/me/api/get-me';
import { useUnitOptions } from '@/features/waves/api/get-unit-options';
import { WaveDetail } from '@/features/waves/components/wave-detail';

export function WaveRoute() {
  const { waveId } = useParams();
  const me = useMe();
  const units = useUnitOptions();
  const roles = me.data?.roles ?? [];
  const canManage = roles.includes('ADMIN') || roles.includes('UNIT_ADMIN');
  return <WaveDetail waveId={Number(waveId)} units={units.data ?? []} canManage={canManage} />;
}
