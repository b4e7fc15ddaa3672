import { useParams } from 'react-router';
import { useMe } from '@/features/me/api/get-me';
import { QuizWindowForm } from '@/features/quiz/components/quiz-window-form';
import { useUnitOptions } from '@/features/waves/api/get-unit-options';
import { WaveDetail } from '@/features/waves/components/wave-detail';

export function WaveRoute() {
  const { waveId } = useParams();
  const me = useMe();
  const units = useUnitOptions();
  const roles = me.data?.roles ?? [];
  const canManage = roles.includes('ADMIN') || roles.includes('UNIT_ADMIN');
  // The window is wave-wide (a wave spans units), so ADMIN sets it; UNIT_ADMIN sees it.
  return (
    <WaveDetail
      waveId={Number(waveId)}
      units={units.data ?? []}
      canManage={canManage}
      settings={canManage && <QuizWindowForm waveId={Number(waveId)} editable={roles.includes('ADMIN')} />}
    />
  );
}
