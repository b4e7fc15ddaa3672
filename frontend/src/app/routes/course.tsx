import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useCourse } from '@/features/courses/api/get-courses';
import { CourseEditor } from '@/features/courses/components/course-editor';
import { CoursePlayer } from '@/features/courses/components/course-player';
import { useMe } from '@/features/me/api/get-me';

export function CourseRoute() {
  const { t } = useTranslation();
  const courseId = Number(useParams().courseId);
  const course = useCourse(courseId);
  const me = useMe();
  const isAdmin = me.data?.roles.includes('ADMIN') ?? false;

  return (
    <>
      <p>
        <Link to="/courses">{t('courses.back')}</Link>
      </p>
      <h1 className="page-title" data-testid="course-title">
        {course.data?.title ?? t('courses.title')}
      </h1>
      {course.isPending && <Spinner />}
      {course.error && <ErrorAlert error={course.error} onRetry={() => void course.refetch()} />}
      {course.data && (isAdmin ? <CourseEditor course={course.data} /> : <CoursePlayer course={course.data} enrolmentId={null} />)}
    </>
  );
}

/** What a learner would see of the course (nothing is recorded). */
export function CoursePreviewRoute() {
  const { t } = useTranslation();
  const courseId = Number(useParams().courseId);
  const course = useCourse(courseId);

  return (
    <>
      <p>
        <Link to={`/courses/${courseId}`}>{t('courses.backToEditor')}</Link>
      </p>
      <p className="notice" data-testid="preview-notice">
        {t('courses.previewNotice')}
      </p>
      <h1 className="page-title">{course.data?.title ?? t('courses.title')}</h1>
      {course.isPending && <Spinner />}
      {course.error && <ErrorAlert error={course.error} onRetry={() => void course.refetch()} />}
      {course.data && <CoursePlayer course={course.data} enrolmentId={null} />}
    </>
  );
}
