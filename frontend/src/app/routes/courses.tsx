import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { createCourse, useCourseChange } from '@/features/courses/api/change-course';
import { useCourses } from '@/features/courses/api/get-courses';
import { CourseForm } from '@/features/courses/components/course-form';
import { CourseList } from '@/features/courses/components/course-list';
import { useMe } from '@/features/me/api/get-me';

export function CoursesRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const courses = useCourses();
  const create = useCourseChange(createCourse);
  const isAdmin = me.data?.roles.includes('ADMIN') ?? false;

  return (
    <>
      <h1 className="page-title">{t('courses.title')}</h1>
      <p className="lead">{t('courses.intro')}</p>
      {courses.isPending && <Spinner />}
      {courses.error && <ErrorAlert error={courses.error} onRetry={() => void courses.refetch()} />}
      {courses.data && <CourseList courses={courses.data} />}
      {isAdmin && (
        <CourseForm
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input, { onSuccess: (course) => void navigate(`/courses/${course.id}`) })}
        />
      )}
    </>
  );
}
