import { useTranslation } from 'react-i18next';
import type { Session } from '@/features/training/api/types';

export function SessionLabel({ session }: { session: Session }) {
  const { t } = useTranslation();
  return (
    <>
      {t(session.part === 'MORNING' ? 'training.session.morning' : 'training.session.afternoon', {
        day: session.dayNumber,
        date: new Date(session.startsAt).toLocaleDateString(),
      })}
    </>
  );
}
