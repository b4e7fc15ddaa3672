import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { DownloadButton } from '@/components/ui/download-button';
import { completeClass, downloadSheet } from '@/features/training/api/get-class-sheet';
import type { ClassSheet } from '@/features/training/api/types';
import { SessionLabel } from '@/features/training/components/session-label';
import { TrainerRoleButton } from '@/features/training/components/trainer-role-button';

/** A class for its teachers and supervisors: sessions, who attended how often, the sheet to file. */
export function ClassOverview({
  sheet,
  onChanged,
  grantsTrainerRole = false,
}: {
  sheet: ClassSheet;
  onChanged: () => void;
  /** ADMIN or UNIT_ADMIN: trained participants can be given the TRAINER role here. */
  grantsTrainerRole?: boolean;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { trainingClass: c } = sheet;

  const complete = async () => {
    try {
      const result = await completeClass(c.id);
      setOutcome(t('training.class.completed', result));
      onChanged();
    } catch (cause) {
      setError(cause);
    }
  };

  return (
    <>
      <dl className="facts card">
        <div className="facts__row">
          <dt>{t('training.class.venue')}</dt>
          <dd>{c.venue}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('training.class.teachers')}</dt>
          <dd>{c.teachers.join(', ')}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('training.class.rule')}</dt>
          <dd>
            {t('training.class.ruleText', { min: sheet.programme.minSessions, total: sheet.sessions.length })}
            {sheet.programme.finalExamId != null && ` ${t('training.class.ruleExam')}`}
          </dd>
        </div>
      </dl>
      <h2>{t('training.class.sessions')}</h2>
      <ul className="session-list">
        {sheet.sessions.map((s, i) => (
          <li key={s.id} className="card session-list__item">
            <span>
              <SessionLabel session={s} /> ·{' '}
              {t('training.class.presentCount', {
                count: sheet.participants.filter((p) => p.marks[i]?.present).length,
                total: sheet.participants.length,
              })}
            </span>
            {sheet.teacher && (
              <span className="session-list__actions">
                <Link className="button" to={`/training/classes/${c.id}/sessions/${s.id}`} data-testid={`take-${s.id}`}>
                  {t('training.class.take')}
                </Link>
                <Link className="button button--ghost" to={`/training/classes/${c.id}/sessions/${s.id}/qr`}>
                  {t('training.class.showQr')}
                </Link>
              </span>
            )}
          </li>
        ))}
      </ul>
      <h2>{t('training.class.participants')}</h2>
      <ul className="participant-list">
        {sheet.participants.map((p) => (
          <li key={p.nominationId} className="participant-list__item">
            <span>{p.fullName}</span>
            <span className="muted">
              {t('training.class.attended', { count: p.attended, total: sheet.sessions.length })}
              {p.completed && <span className="badge badge--status"> {t('training.class.done')}</span>}
            </span>
            {grantsTrainerRole && p.completed && <TrainerRoleButton participant={p} />}
          </li>
        ))}
      </ul>
      <div className="actions">
        <DownloadButton label={t('training.class.xlsx')} download={() => downloadSheet(c.id, 'xlsx')} testId="sheet-xlsx" />
        <DownloadButton label={t('training.class.pdf')} download={() => downloadSheet(c.id, 'pdf')} testId="sheet-pdf" />
        {sheet.teacher && (
          <button type="button" className="button" onClick={() => void complete()}>
            {t('training.class.applyRule')}
          </button>
        )}
      </div>
      {outcome && <p className="notice">{outcome}</p>}
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
