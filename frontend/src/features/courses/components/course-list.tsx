import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseSummary } from '@/features/courses/api/types';

export function CourseList({ courses }: { courses: CourseSummary[] }) {
  const { t } = useTranslation();
  if (courses.length === 0) return <p className="notice">{t('courses.none')}</p>;
  return (
    <ul className="list" data-testid="course-list">
      {courses.map((course) => (
        <li key={course.id} className="card">
          <h2 className="card__title">
            <Link to={`/courses/${course.id}`}>{course.title}</Link>
          </h2>
          <p className="muted">
            {course.code} · <span className={`tag tag--${course.status}`}>{t(`courses.status.${course.status}`)}</span>
            {course.hasDraft && course.status !== 'DRAFT' && <> · {t('courses.unpublishedChanges')}</>}
          </p>
          {course.tags.length > 0 && (
            <p className="chips">
              {course.tags.map((tag) => (
                <span key={tag} className="chip">
                  {tag}
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
