import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { MyCertificates } from '@/features/certificates/components/my-certificates';
import { MyEnrolments } from '@/features/enrolments/components/my-enrolments';
import { MyExams } from '@/features/exams/components/my-exams';
import { useMe } from '@/features/me/api/get-me';
import { MeCard } from '@/features/me/components/me-card';
import { MyNotifications } from '@/features/notifications/components/my-notifications';
import { sessionUser } from '@/lib/auth';

// Staff homes are their own chunk: a learner's phone never downloads them.
const TaskHome = lazy(() => import('@/features/tasks/components/task-home').then((m) => ({ default: m.TaskHome })));
const STAFF_ROLES = ['ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN', 'TRAINER'];

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  // The token's roles are known at once: the learner's lists are asked for together with /api/me,
  // not after it (issue 14: one round trip less on a slow phone).
  const roles = me.data?.roles ?? sessionUser()?.roles ?? [];
  const learner = roles.includes('LEARNER');

  return (
    <>
      <h1 className="page-title">
        {me.data ? t('home.greeting', { name: me.data.displayName }) : t('home.title')}
      </h1>
      <p className="lead">{t('home.intro')}</p>
      {me.isPending && <Spinner />}
      {me.error && <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />}
      {me.data?.roles.some((role) => STAFF_ROLES.includes(role)) && (
        <Suspense fallback={<Spinner />}>
          <TaskHome />
        </Suspense>
      )}
      {learner && <MyNotifications />}
      {learner && <MyExams />}
      {learner && <MyCertificates />}
      {learner && <MyEnrolments />}
      {me.data && <MeCard me={me.data} />}
    </>
  );
}
