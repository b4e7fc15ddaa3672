import { useTranslation } from 'react-i18next';

type Props = {
  /** Prefix of the inputs' ids, unique on the page. */
  idPrefix: string;
  birthYear: string;
  gender: string;
  onBirthYearChange: (value: string) => void;
  onGenderChange: (value: string) => void;
};

/** The two facts the citizen indicators need, asked the same way at self-registration and by a helper. */
export function BirthYearGenderFields({ idPrefix, birthYear, gender, onBirthYearChange, onGenderChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-birth-year`} className="field__label">
          {t('citizens.profile.birthYear')}
        </label>
        <input
          id={`${idPrefix}-birth-year`}
          className="field__input"
          type="number"
          inputMode="numeric"
          min={1900}
          max={new Date().getFullYear()}
          required
          value={birthYear}
          onChange={(event) => onBirthYearChange(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-gender`} className="field__label">
          {t('citizens.profile.gender')}
        </label>
        <select
          id={`${idPrefix}-gender`}
          className="field__input"
          value={gender}
          onChange={(event) => onGenderChange(event.target.value)}
        >
          <option value="">{t('citizens.profile.genderUnsaid')}</option>
          <option value="FEMALE">{t('citizens.profile.genderFEMALE')}</option>
          <option value="MALE">{t('citizens.profile.genderMALE')}</option>
          <option value="OTHER">{t('citizens.profile.genderOTHER')}</option>
        </select>
      </div>
    </>
  );
}
