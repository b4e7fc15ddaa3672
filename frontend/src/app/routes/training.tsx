import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { MyCertificates } from '@/features/certificates/components/my-certificates';
import { useExams } from '@/features/exams/api/manage-exams';
import { FinalExamLink } from '@/features/exams/components/final-exam-link';
import { useMe } from '@/features/me/api/get-me';
import { useClassSheet, useMyTraining } from '@/features/training/api/get-class-sheet';
import { useProgrammes } from '@/features/training/api/get-programmes';
import { AttendanceMarker } from '@/features/training/components/attendance-marker';
import { CheckIn } from '@/features/training/components/check-in';
import { FinalExamCard } from '@/features/training/components/final-exam-card';
import { ClassOverview } from '@/features/training/components/class-overview';
import { MyTrainingView } from '@/features/training/components/my-training';
import { NominateForm } from '@/features/training/components/nominate-form';
import { ProgrammeDetail } from '@/features/training/components/programme-detail';
import { QrProjector } from '@/features/training/components/qr-projector';
import { SessionLabel } from '@/features/training/components/session-label';

const STAFF = ['ADMIN', 'UNIT_ADMIN', 'VERIFIER', 'REPORTER'];

export function TrainingRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const staff = me.data?.roles.some((role) => STAFF.includes(role)) ?? false;
  const programmes = useProgrammes(staff);
  const mine = useMyTraining();

  return (
    <>
      <h1 className="page-title">{t('training.home.title')}</h1>
      <p className="lead">{t('training.home.intro')}</p>
      {mine.isPending && <Spinner />}
      {mine.error && <ErrorAlert error={mine.error} />}
      {mine.data && <MyTrainingView mine={mine.data} finalExam={(examId) => <FinalExamLink examId={examId} />} />}
      {mine.data?.seats.some((seat) => seat.completed) && (
        <MyCertificates kind="IN_PERSON" title={t('training.home.certificates')} />
      )}
      {staff && (
        <>
          <h2>{t('training.home.programmes')}</h2>
          {programmes.error && <ErrorAlert error={programmes.error} />}
          <ul className="session-list">
            {programmes.data?.map((p) => (
              <li key={p.id} className="card session-list__item">
                <Link to={`/training/programmes/${p.id}`}>{p.name}</Link>
                <span className="muted">
                  {p.periodStart} – {p.periodEnd}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function ProgrammeRoute() {
  const { programmeId } = useParams();
  const me = useMe();
  const nominator = me.data?.roles.some((role) => role === 'ADMIN' || role === 'UNIT_ADMIN') ?? false;
  const admin = me.data?.roles.includes('ADMIN') ?? false;
  // Supervisors who may not list exams still see the rule; the exam then shows by number.
  const exams = useExams();
  return (
    <>
      <ProgrammeDetail
        programmeId={Number(programmeId)}
        rule={<FinalExamCard programmeId={Number(programmeId)} admin={admin} exams={exams.data ?? []} />}
      />
      {nominator && <NominateForm programmeId={Number(programmeId)} />}
    </>
  );
}

export function TrainingClassRoute() {
  const { classId } = useParams();
  const me = useMe();
  const grantsTrainerRole = me.data?.roles.some((role) => role === 'ADMIN' || role === 'UNIT_ADMIN') ?? false;
  const sheet = useClassSheet(Number(classId));
  if (sheet.isPending) return <Spinner />;
  if (sheet.error) return <ErrorAlert error={sheet.error} onRetry={() => void sheet.refetch()} />;
  return (
    <>
      <h1 className="page-title">{sheet.data.trainingClass.name}</h1>
      <p className="lead">{sheet.data.programme.name}</p>
      <ClassOverview sheet={sheet.data} onChanged={() => void sheet.refetch()} grantsTrainerRole={grantsTrainerRole} />
    </>
  );
}

export function TakeAttendanceRoute() {
  const { t } = useTranslation();
  const { classId, sessionId } = useParams();
  const sheet = useClassSheet(Number(classId));
  if (sheet.isPending) return <Spinner />;
  if (sheet.error) return <ErrorAlert error={sheet.error} onRetry={() => void sheet.refetch()} />;
  const session = sheet.data.sessions.find((s) => s.id === Number(sessionId));
  return (
    <>
      <h1 className="page-title">{t('training.attendance.title')}</h1>
      <p className="lead">
        {sheet.data.trainingClass.name}
        {session && (
          <>
            {' · '}
            <SessionLabel session={session} />
          </>
        )}
      </p>
      <AttendanceMarker sheet={sheet.data} sessionId={Number(sessionId)} />
    </>
  );
}

export function SessionQrRoute() {
  const { t } = useTranslation();
  const { sessionId } = useParams();
  return (
    <>
      <h1 className="page-title">{t('training.qr.title')}</h1>
      <p className="lead">{t('training.qr.intro')}</p>
      <QrProjector sessionId={Number(sessionId)} />
    </>
  );
}

export function CheckInRoute() {
  const { t } = useTranslation();
  const params = useParams();
  const session = Number(params.sessionId);
  const code = params.code ?? '';
  return (
    <>
      <h1 className="page-title">{t('training.checkIn.title')}</h1>
      {session > 0 && code ? <CheckIn sessionId={session} code={code} /> : <p className="notice">{t('training.checkIn.missing')}</p>}
    </>
  );
}
