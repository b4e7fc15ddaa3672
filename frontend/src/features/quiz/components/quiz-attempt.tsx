import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useAttempt } from '@/features/quiz/api/get-attempt';
import { QuizResult } from '@/features/quiz/components/quiz-result';
import { QuizRunner } from '@/features/quiz/components/quiz-runner';

export function QuizAttemptView({ attemptId }: { attemptId: number }) {
  const { t } = useTranslation();
  const attempt = useAttempt(attemptId);

  if (attempt.isPending) return <Spinner />;
  if (attempt.error) return <ErrorAlert error={attempt.error} onRetry={() => void attempt.refetch()} />;
  if (attempt.data.status === 'OPEN') return <QuizRunner key={attempt.data.attemptId} attempt={attempt.data} />;
  return (
    <>
      <QuizResult attempt={attempt.data} />
      <p>
        <Link
          to={attempt.data.examId ? `/my-exams/${attempt.data.examId}` : `/enrolments/${attempt.data.enrolmentId}/quiz`}
          data-testid="quiz-back"
        >
          {t('quiz.backToOverview')}
        </Link>{' '}
        · <Link to="/">{t('quiz.backHome')}</Link>
      </p>
    </>
  );
}
