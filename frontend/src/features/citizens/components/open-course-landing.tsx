import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@/components/ui/spinner';
import { useCommunes, useOpenCourse } from '@/features/citizens/api/open-courses';
import { rememberCommune, rememberedCommune } from '@/features/citizens/components/commune-choice';

/**
 * Where a poster's QR code lands (`/c/{courseId}`), for anyone, without Keycloak: what the course is,
 * the commune (from the poster's `?commune=` code when it carries one), then sign up or sign in.
 */
export function OpenCourseLanding({ courseId }: { courseId: number }) {
  const { t } = useTranslation();
  const course = useOpenCourse(courseId);
  const communes = useCommunes();
  const fromPoster = new URLSearchParams(window.location.search).get('commune');
  const [chosen, setChosen] = useState<number | null>(null);
  const posterCommune = communes.data?.find((commune) => commune.code === fromPoster)?.id ?? null;
  const communeId = chosen ?? posterCommune ?? rememberedCommune();

  if (course.isPending) return <Spinner />;
  if (course.isError) {
    return (
      <main className="main">
        <p className="alert alert--error" role="alert">
          {t('citizens.landing.notOpen')}
        </p>
      </main>
    );
  }
  const go = (to: string) => {
    if (communeId) rememberCommune(communeId);
    window.location.assign(to);
  };
  return (
    <main className="main" data-testid="open-course-landing">
      <p className="muted">{t('citizens.landing.kicker')}</p>
      <h1 className="page-title">{course.data.title}</h1>
      <p>{t('citizens.landing.facts', { lectures: course.data.lectures, minutes: course.data.minutes })}</p>
      <p>{t('citizens.landing.free')}</p>
      <div className="field">
        <label htmlFor="landing-commune" className="field__label">
          {t('citizens.profile.commune')}
        </label>
        <select
          id="landing-commune"
          className="field__input"
          value={communeId ?? ''}
          onChange={(event) => setChosen(Number(event.target.value) || null)}
        >
          <option value="">{t('citizens.profile.chooseCommune')}</option>
          {communes.data?.map((commune) => (
            <option key={commune.id} value={commune.id}>
              {commune.parentName ? `${commune.name} — ${commune.parentName}` : commune.name}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button--large" data-testid="landing-register" onClick={() => go(`/c/${courseId}/register`)}>
        {t('citizens.landing.register')}
      </button>
      <p>
        <a href={`/citizen/start?course=${courseId}`} onClick={(event) => { event.preventDefault(); go(`/citizen/start?course=${courseId}`); }}>
          {t('citizens.landing.signIn')}
        </a>
      </p>
    </main>
  );
}
