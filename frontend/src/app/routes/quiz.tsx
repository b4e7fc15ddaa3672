import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QuizOverview } from '@/features/quiz/components/quiz-overview';

export function QuizRoute() {
  const { t } = useTranslation();
  const enrolmentId = Number(useParams().enrolmentId);
  return (
    <>
      <p>
        <Link to="/">{t('quiz.backHome')}</Link>
      </p>
      <h1 className="page-title">{t('quiz.title')}</h1>
      <p className="lead">{t('quiz.intro')}</p>
      <QuizOverview enrolmentId={enrolmentId} />
    </>
  );
}
