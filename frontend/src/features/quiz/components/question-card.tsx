import { useTranslation } from 'react-i18next';
import type { QuizQuestion } from '@/features/quiz/api/types';
import type { SaveState } from '@/features/quiz/components/use-answer-saver';

const LETTERS = 'ABCDEF';

export function QuestionCard({
  question,
  total,
  selected,
  state,
  disabled,
  onChoose,
}: {
  question: QuizQuestion;
  total: number;
  selected: number[];
  state: SaveState | undefined;
  disabled: boolean;
  onChoose: (selected: number[]) => void;
}) {
  const { t } = useTranslation();
  const name = `q-${question.questionId}`;
  const toggle = (index: number) => {
    if (!question.multiple) return onChoose([index]);
    onChoose(selected.includes(index) ? selected.filter((i) => i !== index) : [...selected, index].sort());
  };
  return (
    <fieldset className="card quiz-question" data-testid={`quiz-question-${question.number}`}>
      <legend className="quiz-question__number">{t('quiz.questionOf', { number: question.number, total })}</legend>
      <p className="quiz-question__stem">{question.stem}</p>
      {question.image && <img className="quiz-question__image" src={question.image} alt={t('quiz.image')} />}
      {question.multiple && <p className="muted">{t('quiz.chooseAll')}</p>}
      <div className="quiz-question__options">
        {question.options.map((option, index) => (
          <label key={index} className={`quiz-option${selected.includes(index) ? ' quiz-option--chosen' : ''}`}>
            <input
              type={question.multiple ? 'checkbox' : 'radio'}
              name={name}
              checked={selected.includes(index)}
              disabled={disabled}
              onChange={() => toggle(index)}
              data-testid={`quiz-option-${question.number}-${index}`}
            />
            <span className="quiz-option__letter">{LETTERS[index]}.</span> {option}
          </label>
        ))}
      </div>
      <p className={`quiz-save quiz-save--${state ?? 'none'}`} aria-live="polite" data-testid={`quiz-save-${question.number}`}>
        {state === 'saved' && t('quiz.saved')}
        {state === 'saving' && t('quiz.saving')}
        {state === 'unsaved' && t('quiz.unsaved')}
      </p>
    </fieldset>
  );
}
