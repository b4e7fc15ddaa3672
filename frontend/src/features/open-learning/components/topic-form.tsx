import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { useCreateTopic } from '@/features/open-learning/api/save-topic';

export function TopicForm() {
  const { t } = useTranslation();
  const titleId = useId();
  const summaryId = useId();
  const create = useCreateTopic();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ title, summary, position: 0 }, { onSuccess: () => { setTitle(''); setSummary(''); } });
  };

  return (
    <form className="card" onSubmit={submit} data-testid="topic-form">
      <h2 className="card__title">{t('openLearning.topicForm.title')}</h2>
      <div className="field">
        <label htmlFor={titleId} className="field__label">{t('openLearning.topicForm.name')}</label>
        <input id={titleId} className="field__input" value={title} required maxLength={200}
          onChange={(e) => setTitle(e.target.value)} data-testid="topic-title" />
      </div>
      <div className="field">
        <label htmlFor={summaryId} className="field__label">{t('openLearning.form.summary')}</label>
        <input id={summaryId} className="field__input" value={summary} maxLength={1000} onChange={(e) => setSummary(e.target.value)} />
      </div>
      {create.error && <ErrorAlert error={create.error} />}
      <button type="submit" className="button" disabled={create.isPending} data-testid="topic-save">
        {t('openLearning.topicForm.save')}
      </button>
    </form>
  );
}
