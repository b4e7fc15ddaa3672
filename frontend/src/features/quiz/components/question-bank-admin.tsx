import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { DownloadButton } from '@/components/ui/download-button';
import { Spinner } from '@/components/ui/spinner';
import {
  downloadBank,
  downloadQuestionTemplate,
  useBank,
  useImportQuestions,
  usePolicy,
  useSavePolicy,
  type ImportReport,
  type QuizPolicy,
} from '@/features/quiz/api/question-bank';
import { QuestionEditor } from '@/features/quiz/components/question-editor';

function Findings({ title, items, testId }: { title: string; items: ImportReport['errors']; testId: string }) {
  const { i18n } = useTranslation();
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="list" data-testid={testId}>
        {items.map((f, index) => (
          <li key={index}>
            #{f.number}
            {f.title ? ` (${f.title})` : ''}: {i18n.language.startsWith('en') ? f.en : f.vi}
          </li>
        ))}
      </ul>
    </>
  );
}

function ImportForm({ courseId }: { courseId: number }) {
  const { t } = useTranslation();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const importing = useImportQuestions(courseId);

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (file) importing.mutate({ file, commit: false }, { onSuccess: setReport });
  };

  return (
    <section className="card" data-testid="bank-import">
      <h2 className="card__title">{t('bank.import.title')}</h2>
      <p className="muted">{t('bank.import.formats')}</p>
      <div className="actions">
        <DownloadButton label={t('bank.import.template')} download={downloadQuestionTemplate} testId="bank-template" />
      </div>
      <form onSubmit={check}>
        <div className="field">
          <label htmlFor={fileId} className="field__label">{t('bank.import.file')}</label>
          <input
            id={fileId}
            type="file"
            className="field__input"
            accept=".xlsx,.xml,.txt,.gift"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setReport(null);
            }}
            data-testid="bank-file"
          />
        </div>
        <button type="submit" className="button" disabled={!file || importing.isPending} data-testid="bank-check">
          {t('bank.import.check')}
        </button>
      </form>
      {importing.error && <ErrorAlert error={importing.error} />}
      {report && (
        <div data-testid="bank-report">
          <p>
            {report.stored > 0
              ? t('bank.import.stored', { count: report.stored })
              : t('bank.import.summary', { found: report.found, importable: report.importable, errors: report.errors.length, skipped: report.skipped.length })}
          </p>
          <Findings title={t('bank.import.errors')} items={report.errors} testId="bank-errors" />
          <Findings title={t('bank.import.skipped')} items={report.skipped} testId="bank-skipped" />
          <Findings title={t('bankImportWarnings.title')} items={report.warnings ?? []} testId="bank-warnings" />
          {report.stored === 0 && report.errors.length === 0 && report.importable > 0 && file && (
            <button
              type="button"
              className="button"
              disabled={importing.isPending}
              onClick={() => importing.mutate({ file, commit: true }, { onSuccess: setReport })}
              data-testid="bank-commit"
            >
              {t('bank.import.commit', { count: report.importable })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

function PolicyForm({ courseId, policy }: { courseId: number; policy: QuizPolicy }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(policy);
  const [quotas, setQuotas] = useState(
    Object.entries(policy.topicQuotas ?? {}).map(([topic, count]) => `${topic}=${count}`).join('\n'),
  );
  const save = useSavePolicy(courseId);
  const number = (field: keyof QuizPolicy, label: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`policy-${field}`}>{label}</label>
      <input
        id={`policy-${field}`}
        type="number"
        className="field__input field__input--short"
        value={draft[field] as number}
        onChange={(event) => setDraft({ ...draft, [field]: Number(event.target.value) })}
      />
    </div>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const topicQuotas = Object.fromEntries(
      quotas
        .split('\n')
        .map((line) => line.split('='))
        .flatMap(([topic, count]) => (topic && count && topic.trim() !== '' ? [[topic.trim(), Number(count)]] : [])),
    );
    save.mutate({ ...draft, topicQuotas });
  };
  return (
    <form className="card" onSubmit={submit} data-testid="bank-policy">
      <h2 className="card__title">{t('bank.policy.title')}</h2>
      {number('questionsPerAttempt', t('bank.policy.questions'))}
      {number('expectedBankSize', t('bank.policy.bankSize'))}
      {number('timeLimitMinutes', t('bank.policy.minutes'))}
      {number('passPercent', t('bank.policy.pass'))}
      {number('attemptsAllowed', t('bank.policy.attempts'))}
      <div className="field">
        <label className="field__label" htmlFor="policy-review">{t('bank.policy.review')}</label>
        <select
          id="policy-review"
          className="field__input"
          value={draft.review}
          onChange={(event) => setDraft({ ...draft, review: event.target.value as QuizPolicy['review'] })}
        >
          <option value="SCORE_ONLY">{t('bank.policy.reviewScore')}</option>
          <option value="WRONG_ONLY">{t('bank.policy.reviewWrong')}</option>
          <option value="FULL">{t('bank.policy.reviewFull')}</option>
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="policy-quotas">{t('bank.policy.quotas')}</label>
        <textarea id="policy-quotas" className="field__input" rows={5} value={quotas} onChange={(e) => setQuotas(e.target.value)} />
      </div>
      {save.error && <ErrorAlert error={save.error} />}
      {save.isSuccess && <p className="notice">{t('bank.policy.saved')}</p>}
      <button type="submit" className="button" disabled={save.isPending}>{t('bank.policy.save')}</button>
    </form>
  );
}

export function QuestionBankAdmin({ courseId }: { courseId: number }) {
  const { t } = useTranslation();
  const bank = useBank(courseId);
  const [editing, setEditing] = useState<number | null>(null);
  const policy = usePolicy(courseId);
  return (
    <>
      <ImportForm courseId={courseId} />
      {policy.data && <PolicyForm key={courseId} courseId={courseId} policy={policy.data} />}
      {policy.error && <ErrorAlert error={policy.error} />}
      <section className="card" data-testid="bank-questions">
        <h2 className="card__title">{t('bank.questions.title')}</h2>
        {bank.isPending && <Spinner />}
        {bank.error && <ErrorAlert error={bank.error} onRetry={() => void bank.refetch()} />}
        {bank.data && (
          <>
            <p>
              {t('bank.questions.size', { size: bank.data.size, expected: bank.data.expectedSize })}{' '}
              {Object.entries(bank.data.perTopic).map(([topic, count]) => `${topic}: ${count}`).join(' · ')}
            </p>
            <div className="actions">
              <DownloadButton label={t('bank.questions.exportXlsx')} download={() => downloadBank(courseId, 'xlsx')} testId="bank-export-xlsx" />
              <DownloadButton label={t('bank.questions.exportXml')} download={() => downloadBank(courseId, 'xml')} testId="bank-export-xml" />
            </div>
            <ol className="list">
              {bank.data.questions.map((q) => (
                <li key={q.questionId} data-testid={`bank-question-${q.questionId}`}>
                  <strong>{q.stem}</strong> <span className="muted">({q.topic}, v{q.version})</span>
                  {editing === q.questionId ? (
                    <QuestionEditor courseId={courseId} question={q} onDone={() => setEditing(null)} />
                  ) : (
                    <>
                      {q.image && <img className="bank-question__image" src={q.image} alt={t('quiz.image')} />}
                      <ul>
                        {q.options.map((o, i) => (
                          <li key={i}>{o.correct ? '✔ ' : ''}{o.text}</li>
                        ))}
                      </ul>
                      <button
                        type="button"
                        className="button button--ghost"
                        onClick={() => setEditing(q.questionId)}
                        data-testid={`bank-edit-${q.questionId}`}
                      >
                        {t('bank.edit.open')}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
