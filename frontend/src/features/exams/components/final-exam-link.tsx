import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyExam } from '@/features/exams/api/my-exams';

/** A programme's end-of-class exam on the participant's seat (training page): passed, or the way to take it. */
export function FinalExamLink({ examId }: { examId: number }) {
  const { t } = useTranslation();
  const exam = useMyExam(examId);
  // Not admitted yet (no seat) answers 404, like an unknown exam: nothing to show.
  if (!exam.data) return null;
  const e = exam.data;
  return (
    <div className="notice" data-testid="seat-final-exam">
      <p>{t('training.finalExam.participant', { exam: e.title, pass: e.passPercent })}</p>
      {e.passed ? (
        <span className="badge badge--status">{t('training.finalExam.passed')}</span>
      ) : (
        <Link className="button" to={`/my-exams/${e.id}`} data-testid="seat-final-exam-open">
          {e.canStart ? t('training.finalExam.take') : t('training.finalExam.open')}
        </Link>
      )}
    </div>
  );
}
