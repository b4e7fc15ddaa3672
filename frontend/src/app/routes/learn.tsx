import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useEnrolmentCourse } from '@/features/courses/api/get-courses';
import { useProgress } from '@/features/courses/api/progress';
import { CoursePlayer } from '@/features/courses/components/course-player';

/** The learner's player for the course version their enrolment keeps. */
export function LearnRoute() {
  const { t } = useTranslation();
  const enrolmentId = Number(useParams().enrolmentId);
  const course = useEnrolmentCourse(enrolmentId);
  // Asked for with the course, not after it: the player opens where the learner stopped.
  useProgress(enrolmentId);

  return (
    <>
      <p>
        <Link to="/">{t('courses.player.backHome')}</Link>
      </p>
      <h1 className="page-title" data-testid="learn-title">
        {course.data?.title ?? t('courses.player.title')}
      </h1>
      {course.isPending && <Spinner />}
      {course.error && <ErrorAlert error={course.error} onRetry={() => void course.refetch()} />}
      {course.data && <CoursePlayer course={course.data} enrolmentId={enrolmentId} />}
      {course.data && (
        <p className="player__quiz">
          <Link to={`/enrolments/${enrolmentId}/quiz`} className="button button--ghost" data-testid="player-quiz">
            {t('courses.player.toQuiz')}
          </Link>
        </p>
      )}
    </>
  );
}
