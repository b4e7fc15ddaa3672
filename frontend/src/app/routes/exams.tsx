import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExamResultsView } from '@/features/exams/components/exam-results';
import { ExamsAdmin } from '@/features/exams/components/exams-admin';
import { MyExamView } from '@/features/exams/components/my-exam';
import { useMe } from '@/features/me/api/get-me';

export function ExamsRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const canCreate = me.data?.roles.some((role) => role === 'ADMIN' || role === 'UNIT_ADMIN') ?? false;
  return (
    <>
      <h1 className="page-title">{t('exams.title')}</h1>
      <p className="lead">{t('exams.intro')}</p>
      <ExamsAdmin canCreate={canCreate} />
    </>
  );
}

export function ExamResultsRoute() {
  const { t } = useTranslation();
  const examId = Number(useParams().examId);
  return (
    <>
      <h1 className="page-title">{t('exams.results.title')}</h1>
      <p>
        <Link to="/exams">{t('exams.backToList')}</Link>
      </p>
      <ExamResultsView examId={examId} />
    </>
  );
}

export function MyExamRoute() {
  const { t } = useTranslation();
  const examId = Number(useParams().examId);
  return (
    <>
      <h1 className="page-title">{t('exams.mine')}</h1>
      <MyExamView examId={examId} />
      <p>
        <Link to="/">{t('quiz.backHome')}</Link>
      </p>
    </>
  );
}
