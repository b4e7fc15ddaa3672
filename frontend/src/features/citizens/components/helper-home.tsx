import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { downloadSlip, useMyCitizens, useRegisterCitizen } from '@/features/citizens/api/community-helpers';
import { BirthYearGenderFields } from '@/features/citizens/components/birth-year-gender-fields';

/** A community helper's page: register a citizen in person, print their slip, follow their progress. */
export function HelperHome() {
  const { t } = useTranslation();
  const mine = useMyCitizens();
  const register = useRegisterCitizen();
  const [fullName, setFullName] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [gender, setGender] = useState('');
  const [consent, setConsent] = useState(false);
  const [slipError, setSlipError] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate(
      { fullName, birthYear: Number(birthYear), gender: gender || null, consentInPerson: consent },
      {
        onSuccess: () => {
          setFullName('');
          setBirthYear('');
          setGender('');
          setConsent(false);
        },
      },
    );
  };
  const slip = (learnerId: number) => {
    setSlipError(null);
    downloadSlip(learnerId).catch((error: unknown) => setSlipError(error));
  };

  if (mine.isPending) return <Spinner />;
  if (mine.isError) return <ErrorAlert error={mine.error} />;
  return (
    <section data-testid="helper-home">
      <h1 className="page-title">{t('citizens.helper.title', { commune: mine.data.communeName })}</h1>
      <form className="card" onSubmit={submit} data-testid="helper-register">
        <h2>{t('citizens.helper.register')}</h2>
        <div className="field">
          <label htmlFor="helper-full-name" className="field__label">
            {t('citizens.helper.fullName')}
          </label>
          <input
            id="helper-full-name"
            className="field__input"
            required
            maxLength={200}
            autoComplete="off"
            value={fullName}
            onChange={(event) => setFullName(event.target.value)}
          />
        </div>
        <BirthYearGenderFields
          idPrefix="helper"
          birthYear={birthYear}
          gender={gender}
          onBirthYearChange={setBirthYear}
          onGenderChange={setGender}
        />
        <p className="muted">{t('citizens.helper.commune', { commune: mine.data.communeName })}</p>
        <label className="checkbox">
          <input type="checkbox" required checked={consent} onChange={(event) => setConsent(event.target.checked)} data-testid="helper-consent" />
          {t('citizens.helper.consent')}
        </label>
        {register.isError && <ErrorAlert error={register.error} />}
        <button type="submit" className="button button--large" disabled={register.isPending} data-testid="helper-register-save">
          {t('citizens.helper.save')}
        </button>
      </form>
      {register.data && (
        <div className="notice" role="status" data-testid="helper-registered">
          <p>{t('citizens.helper.registered', { name: register.data.fullName, username: register.data.username })}</p>
          <p>
            {t('citizens.helper.code')} <strong>{register.data.activationCode}</strong>
          </p>
          <button type="button" className="button" onClick={() => slip(register.data.learnerId)} data-testid="helper-slip-new">
            {t('citizens.helper.slip')}
          </button>
        </div>
      )}
      {slipError !== null && <ErrorAlert error={slipError} />}
      <h2>{t('citizens.helper.mine')}</h2>
      {mine.data.citizens.length === 0 ? (
        <p className="muted">{t('citizens.helper.noneYet')}</p>
      ) : (
        <ul className="list" data-testid="helper-citizens">
          {mine.data.citizens.map((citizen) => (
            <li key={citizen.learnerId} className="list__item" data-testid={`assisted-${citizen.username}`}>
              <div>
                <strong>{citizen.fullName}</strong> <span className="muted">({citizen.username}, {citizen.birthYear})</span>
                {citizen.courses.length === 0 ? (
                  <div className="muted">{t('citizens.helper.noCourse')}</div>
                ) : (
                  citizen.courses.map((course) => (
                    <div key={course.courseId}>
                      {course.courseTitle}:{' '}
                      {course.certificateSerial
                        ? t('citizens.helper.certified', { serial: course.certificateSerial })
                        : course.completedAt
                          ? t('citizens.helper.completed')
                          : t('citizens.helper.lectures', { done: course.lecturesCompleted, total: course.lecturesTotal })}
                    </div>
                  ))
                )}
              </div>
              {citizen.slipAvailable && (
                <button type="button" className="button button--ghost" onClick={() => slip(citizen.learnerId)}>
                  {t('citizens.helper.slip')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
