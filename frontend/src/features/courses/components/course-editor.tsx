import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import {
  addLecture,
  archiveCourse,
  describeCourse,
  editLecture,
  moveLecture,
  publishCourse,
  removeLecture,
  setPolicy,
  useCourseChange,
  type CourseInput,
  type LectureInput,
} from '@/features/courses/api/change-course';
import type { Course } from '@/features/courses/api/types';
import { CourseForm } from '@/features/courses/components/course-form';
import { LectureForm } from '@/features/courses/components/lecture-form';

/** ADMIN edits a course: details, lectures in order, policy; publishing freezes a version. */
export function CourseEditor({ course }: { course: Course }) {
  const { t } = useTranslation();
  const id = course.id;
  const describe = useCourseChange((input: CourseInput) => describeCourse(id, input));
  const add = useCourseChange((input: LectureInput) => addLecture(id, input));
  const edit = useCourseChange(({ lectureId, input }: { lectureId: number; input: LectureInput }) =>
    editLecture(id, lectureId, input),
  );
  const move = useCourseChange(({ lectureId, position }: { lectureId: number; position: number }) =>
    moveLecture(id, lectureId, position),
  );
  const remove = useCourseChange((lectureId: number) => removeLecture(id, lectureId));
  const policy = useCourseChange(({ percent, minutes }: { percent: number; minutes: number }) =>
    setPolicy(id, percent, minutes),
  );
  const publish = useCourseChange(() => publishCourse(id));
  const archive = useCourseChange(() => archiveCourse(id));
  const [editing, setEditing] = useState<number | null>(null);
  const [percent, setPercent] = useState(String(course.completionPercent));
  const [minutes, setMinutes] = useState(String(course.expectedMinutesPerDay));
  const error = add.error ?? edit.error ?? move.error ?? remove.error ?? policy.error ?? publish.error ?? archive.error;
  const archived = course.status === 'ARCHIVED';

  return (
    <div data-testid="course-editor">
      <section className="card">
        <p>
          <span className={`tag tag--${course.status}`} data-testid="course-status">
            {t(`courses.status.${course.status}`)}
          </span>{' '}
          <span className="muted" data-testid="course-version">
            {course.versionPublished
              ? t('courses.editor.versionPublished', { n: course.versionNumber })
              : t('courses.editor.versionDraft', { n: course.versionNumber })}
          </span>
        </p>
        <p className="muted">{t('courses.editor.totals', { lectures: course.lectures.length, minutes: course.totalMinutes })}</p>
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={archived || course.versionPublished || publish.isPending}
            onClick={() => publish.mutate(undefined)}
            data-testid="publish"
          >
            {t('courses.editor.publish')}
          </button>
          <Link className="button button--ghost" to={`/courses/${id}/preview`} data-testid="preview">
            {t('courses.editor.preview')}
          </Link>
          <button
            type="button"
            className="button button--ghost"
            disabled={archived}
            onClick={() => window.confirm(t('courses.editor.archiveConfirm')) && archive.mutate(undefined)}
          >
            {t('courses.editor.archive')}
          </button>
        </div>
        {!course.versionPublished && course.publishedVersionId !== null && (
          <p className="notice">{t('courses.editor.draftNotice')}</p>
        )}
        {error && <ErrorAlert error={error} />}
      </section>

      <section aria-labelledby="lectures-title">
        <h2 id="lectures-title" className="section-title">
          {t('courses.editor.lectures')}
        </h2>
        <ol className="list" data-testid="lecture-list">
          {course.lectures.map((lecture, index) =>
            editing === lecture.id ? (
              <li key={lecture.id}>
                <LectureForm
                  lecture={lecture}
                  pending={edit.isPending}
                  onCancel={() => setEditing(null)}
                  onSubmit={(input) =>
                    edit.mutate({ lectureId: lecture.id, input }, { onSuccess: () => setEditing(null) })
                  }
                />
              </li>
            ) : (
              <li key={lecture.id} className="card lecture-row" data-testid={`lecture-row-${lecture.position}`}>
                <div>
                  <strong>
                    {lecture.position}. {lecture.title}
                  </strong>
                  <p className="muted">
                    {lecture.videoMediaId
                      ? t('courses.editor.lectureMeta', {
                          minutes: Math.ceil(lecture.durationSeconds / 60),
                          files: lecture.attachments.length,
                        })
                      : t('courses.lecture.noVideo')}
                  </p>
                </div>
                {!archived && (
                  <div className="actions">
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-label={t('courses.editor.up', { title: lecture.title })}
                      disabled={index === 0}
                      onClick={() => move.mutate({ lectureId: lecture.id, position: lecture.position - 1 })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--ghost"
                      aria-label={t('courses.editor.down', { title: lecture.title })}
                      disabled={index === course.lectures.length - 1}
                      onClick={() => move.mutate({ lectureId: lecture.id, position: lecture.position + 1 })}
                    >
                      ↓
                    </button>
                    <button type="button" className="button button--ghost" onClick={() => setEditing(lecture.id)}>
                      {t('courses.editor.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--ghost"
                      onClick={() => window.confirm(t('courses.editor.removeConfirm')) && remove.mutate(lecture.id)}
                    >
                      {t('courses.editor.remove')}
                    </button>
                  </div>
                )}
              </li>
            ),
          )}
        </ol>
        {!archived && <LectureForm pending={add.isPending} onSubmit={(input) => add.mutate(input)} />}
      </section>

      {!archived && (
        <form
          className="card"
          onSubmit={(event) => {
            event.preventDefault();
            policy.mutate({ percent: Number(percent), minutes: Number(minutes) });
          }}
        >
          <h2 className="card__title">{t('courses.policy.title')}</h2>
          <label className="field">
            <span className="field__label">{t('courses.policy.percent')}</span>
            <input className="field__input field__input--short" type="number" min={1} max={100} value={percent} onChange={(e) => setPercent(e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">{t('courses.policy.minutes')}</span>
            <input className="field__input field__input--short" type="number" min={1} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          </label>
          <button type="submit" className="button button--ghost" disabled={policy.isPending}>
            {t('courses.form.save')}
          </button>
        </form>
      )}

      {!archived && <CourseForm course={course} onSubmit={(input) => describe.mutate(input)} pending={describe.isPending} error={describe.error} />}
    </div>
  );
}
