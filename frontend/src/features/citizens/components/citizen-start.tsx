import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useCitizenProfile, useSaveCitizenProfile } from '@/features/citizens/api/citizen-profile';
import { useCommunes, useEnrolMe } from '@/features/citizens/api/open-courses';
import { rememberedCommune } from '@/features/citizens/components/commune-choice';
import { registrationClaims, renewToken } from '@/lib/auth';
import { BirthYearGenderFields } from '@/features/citizens/components/birth-year-gender-fields';

/**
 * A citizen's first stop after Keycloak: complete the registration (commune, year of birth, gender,
 * consent) once, then enrol in the course of the poster they came from and start learning.
 */
export function CitizenStart() {
  const navigate = useNavigate();
  const courseId = Number(new URLSearchParams(window.location.search).get('course')) || null;
  const profile = useCitizenProfile();
  const enrol = useEnrolMe();
  const started = useRef(false);

  useEffect(() => {
    if (!profile.data || started.current) return;
    started.current = true;
    if (!courseId) {
      void navigate('/', { replace: true });
      return;
    }
    enrol.mutate(courseId, {
      onSuccess: (enrolment) => void navigate(`/learn/${enrolment.enrolmentId}`, { replace: true }),
    });
  }, [profile.data, courseId, enrol, navigate]);

  if (profile.isPending) return <Spinner />;
  if (profile.isError) return <ErrorAlert error={profile.error} />;
  if (enrol.isError) return <ErrorAlert error={enrol.error} />;
  if (profile.data) return <Spinner />;
  return <ProfileForm />;
}

function ProfileForm() {
  const { t } = useTranslation();
  const communes = useCommunes();
  const save = useSaveCitizenProfile();
  const claims = registrationClaims();
  const [communeId, setCommuneId] = useState<number | null>(rememberedCommune());
  const [birthYear, setBirthYear] = useState<string>(claims.birthYear ? String(claims.birthYear) : '');
  const [gender, setGender] = useState<string>(claims.gender ?? '');
  const [consent, setConsent] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!communeId) return;
    save.mutate(
      { communeId, birthYear: Number(birthYear), gender: gender || null, consent },
      { onSuccess: () => void renewToken() },
    );
  };

  return (
    <form className="card" onSubmit={submit} data-testid="citizen-profile">
      <h1 className="page-title">{t('citizens.profile.title')}</h1>
      <p className="muted">{t('citizens.profile.why')}</p>
      <div className="field">
        <label htmlFor="citizen-commune" className="field__label">
          {t('citizens.profile.commune')}
        </label>
        <select
          id="citizen-commune"
          className="field__input"
          required
          value={communeId ?? ''}
          onChange={(event) => setCommuneId(Number(event.target.value) || null)}
        >
          <option value="">{t('citizens.profile.chooseCommune')}</option>
          {communes.data?.map((commune) => (
            <option key={commune.id} value={commune.id}>
              {commune.parentName ? `${commune.name} — ${commune.parentName}` : commune.name}
            </option>
          ))}
        </select>
      </div>
      <BirthYearGenderFields
        idPrefix="citizen"
        birthYear={birthYear}
        gender={gender}
        onBirthYearChange={setBirthYear}
        onGenderChange={setGender}
      />
      <label className="checkbox">
        <input type="checkbox" required checked={consent} onChange={(event) => setConsent(event.target.checked)} data-testid="citizen-consent" />
        {t('citizens.profile.consent')}
      </label>
      {save.isError && <ErrorAlert error={save.error} />}
      <button type="submit" className="button button--large" disabled={save.isPending} data-testid="citizen-profile-save">
        {t('citizens.profile.save')}
      </button>
    </form>
  );
}
