import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QuizAttemptView } from '@/features/quiz/components/quiz-attempt';

export function QuizAttemptRoute() {
  const { t } = useTranslation();
  const attemptId = Number(useParams().attemptId);
  return (
    <>
      <h1 className="page-title">{t('quiz.title')}</h1>
      <QuizAttemptView attemptId={attemptId} />
    </>
  );
}
