import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import type { CourseInput } from '@/features/courses/api/change-course';
import { TOPIC_TAGS, type Course } from '@/features/courses/api/types';

/** Code, title, description and topic tags; the code is fixed once the course exists. */
export function CourseForm({
  course,
  onSubmit,
  pending,
  error,
}: {
  course?: Course;
  onSubmit: (input: CourseInput) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState(course?.code ?? '');
  const [title, setTitle] = useState(course?.title ?? '');
  const [description, setDescription] = useState(course?.description ?? '');
  const [tags, setTags] = useState<string[]>(course?.tags ?? []);
  const [newTag, setNewTag] = useState('');

  const toggle = (tag: string) => setTags((all) => (all.includes(tag) ? all.filter((x) => x !== tag) : [...all, tag]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ code, title, description, tags });
  };

  return (
    <form className="card" onSubmit={submit} data-testid="course-form">
      <h2 className="card__title">{course ? t('courses.form.editTitle') : t('courses.form.newTitle')}</h2>
      <label className="field">
        <span className="field__label">{t('courses.form.code')}</span>
        <input
          className="field__input field__input--short"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          required
          pattern="[A-Za-z0-9._-]+"
          disabled={course !== undefined}
          name="code"
        />
      </label>
      <label className="field">
        <span className="field__label">{t('courses.form.title')}</span>
        <input className="field__input" value={title} onChange={(e) => setTitle(e.target.value)} required name="title" />
      </label>
      <label className="field">
        <span className="field__label">{t('courses.form.description')}</span>
        <textarea className="field__input" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <fieldset className="field">
        <legend className="field__label">{t('courses.form.tags')}</legend>
        <div className="chips">
          {[...new Set([...TOPIC_TAGS, ...tags])].map((tag) => (
            <label key={tag} className="chip">
              <input type="checkbox" checked={tags.includes(tag)} onChange={() => toggle(tag)} /> {tag}
            </label>
          ))}
        </div>
        <div className="inline-form">
          <input
            className="field__input field__input--short"
            value={newTag}
            placeholder={t('courses.form.newTag')}
            aria-label={t('courses.form.newTag')}
            onChange={(e) => setNewTag(e.target.value)}
          />
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              if (newTag.trim()) setTags((all) => [...new Set([...all, newTag.trim()])]);
              setNewTag('');
            }}
          >
            {t('courses.form.addTag')}
          </button>
        </div>
      </fieldset>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      <button type="submit" className="button" disabled={pending}>
        {course ? t('courses.form.save') : t('courses.form.create')}
      </button>
    </form>
  );
}
