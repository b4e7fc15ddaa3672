import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { useEditQuestion, type BankQuestion, type QuestionInput } from '@/features/quiz/api/question-bank';

/** The server takes PNG or JPEG (checked from the bytes) up to this size. */
export const MAX_IMAGE_BYTES = 512 * 1024;

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    // readAsDataURL always gives a string ("data:image/png;base64,…").
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('read failed'));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/** ADMIN edits one question of the bank; saving stores a new version (finished attempts keep theirs). */
export function QuestionEditor({ courseId, question, onDone }: { courseId: number; question: BankQuestion; onDone: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<QuestionInput>({
    topic: question.topic,
    difficulty: question.difficulty,
    stem: question.stem,
    image: question.image,
    options: question.options.map((o) => ({ ...o })),
    explanation: question.explanation,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const edit = useEditQuestion(courseId);
  const id = question.questionId;

  const change = (patch: Partial<QuestionInput>) => setDraft((d) => ({ ...d, ...patch }));
  const changeOption = (index: number, patch: Partial<QuestionInput['options'][number]>) =>
    change({ options: draft.options.map((o, i) => (i === index ? { ...o, ...patch } : o)) });

  const pickImage = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') return setProblem('bank.edit.errors.imageType');
    if (file.size > MAX_IMAGE_BYTES) return setProblem('bank.edit.errors.imageSize');
    setProblem(null);
    change({ image: await readAsDataUrl(file) });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.stem.trim()) return setProblem('bank.edit.errors.stem');
    if (draft.options.some((o) => !o.text.trim())) return setProblem('bank.edit.errors.optionBlank');
    if (!draft.options.some((o) => o.correct)) return setProblem('bank.edit.errors.noCorrect');
    setProblem(null);
    edit.mutate({ questionId: id, question: { ...draft, explanation: draft.explanation?.trim() || null } }, { onSuccess: onDone });
  };

  return (
    <form className="question-editor" onSubmit={submit} noValidate data-testid={`bank-editor-${id}`}>
      <label className="field">
        <span className="field__label">{t('bank.edit.stem')}</span>
        <textarea className="field__input" rows={3} value={draft.stem} onChange={(e) => change({ stem: e.target.value })} data-testid="bank-edit-stem" />
      </label>
      <label className="field">
        <span className="field__label">{t('bank.edit.topic')}</span>
        <input className="field__input" value={draft.topic} onChange={(e) => change({ topic: e.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">{t('bank.edit.difficulty')}</span>
        <select
          className="field__input"
          value={draft.difficulty}
          onChange={(e) => change({ difficulty: e.target.value as QuestionInput['difficulty'] })}
        >
          <option value="EASY">{t('bank.edit.easy')}</option>
          <option value="MEDIUM">{t('bank.edit.medium')}</option>
          <option value="HARD">{t('bank.edit.hard')}</option>
        </select>
      </label>
      <div className="field">
        <span className="field__label">{t('bank.edit.image')}</span>
        {draft.image && <img className="quiz-question__image" src={draft.image} alt={t('quiz.image')} data-testid="bank-edit-preview" />}
        <input
          className="field__input"
          type="file"
          accept="image/png,image/jpeg"
          onChange={(e) => void pickImage(e)}
          aria-label={t('bank.edit.chooseImage')}
          data-testid="bank-edit-image"
        />
        <span className="muted">{t('bank.edit.imageHint')}</span>
        {draft.image && (
          <button type="button" className="button button--ghost" onClick={() => change({ image: null })} data-testid="bank-edit-remove-image">
            {t('bank.edit.removeImage')}
          </button>
        )}
      </div>
      <fieldset className="field">
        <legend className="field__label">{t('bank.edit.options')}</legend>
        {draft.options.map((option, index) => (
          <div className="question-editor__option" key={index}>
            <input
              type="checkbox"
              checked={option.correct}
              onChange={(e) => changeOption(index, { correct: e.target.checked })}
              aria-label={t('bank.edit.correct', { number: index + 1 })}
              data-testid={`bank-edit-correct-${index}`}
            />
            <input
              className="field__input"
              value={option.text}
              onChange={(e) => changeOption(index, { text: e.target.value })}
              aria-label={t('bank.edit.option', { number: index + 1 })}
              data-testid={`bank-edit-option-${index}`}
            />
            {draft.options.length > 2 && (
              <button
                type="button"
                className="button button--ghost"
                onClick={() => change({ options: draft.options.filter((_, i) => i !== index) })}
                aria-label={t('bank.edit.removeOption', { number: index + 1 })}
              >
                ✕
              </button>
            )}
          </div>
        ))}
        {draft.options.length < 6 && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => change({ options: [...draft.options, { text: '', correct: false }] })}
          >
            {t('bank.edit.addOption')}
          </button>
        )}
      </fieldset>
      <label className="field">
        <span className="field__label">{t('bank.edit.explanation')}</span>
        <textarea
          className="field__input"
          rows={2}
          value={draft.explanation ?? ''}
          onChange={(e) => change({ explanation: e.target.value })}
        />
      </label>
      <p className="muted">{t('bank.edit.versionNote', { version: question.version + 1 })}</p>
      {problem && (
        <p className="field__error" role="alert" data-testid="bank-edit-problem">
          {t(problem)}
        </p>
      )}
      {edit.error && <ErrorAlert error={edit.error} />}
      <div className="actions">
        <button type="submit" className="button" disabled={edit.isPending} data-testid="bank-edit-save">
          {t('bank.edit.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('bank.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
