import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppRoot } from '@/app/routes/app-root';

// Every page is its own chunk (issue 14): a learner's phone downloads the learner's pages, not the
// staff's editors and dashboards. AppRoot wraps the outlet in Suspense.
const AccountsRoute = lazy(() => import('@/app/routes/accounts').then((m) => ({ default: m.AccountsRoute })));
const CertificatesRoute = lazy(() => import('@/app/routes/certificates').then((m) => ({ default: m.CertificatesRoute })));
const CoursePreviewRoute = lazy(() => import('@/app/routes/course').then((m) => ({ default: m.CoursePreviewRoute })));
const CourseRoute = lazy(() => import('@/app/routes/course').then((m) => ({ default: m.CourseRoute })));
const CitizenStartRoute = lazy(() => import('@/app/routes/citizen').then((m) => ({ default: m.CitizenStartRoute })));
const MyDataRoute = lazy(() => import('@/app/routes/citizen').then((m) => ({ default: m.MyDataRoute })));
const HelperHomeRoute = lazy(() => import('@/app/routes/citizen').then((m) => ({ default: m.HelperHomeRoute })));
const CommuneHelpersRoute = lazy(() => import('@/app/routes/citizen').then((m) => ({ default: m.CommuneHelpersRoute })));
const CoursesRoute = lazy(() => import('@/app/routes/courses').then((m) => ({ default: m.CoursesRoute })));
const ClassDashboardRoute = lazy(() => import('@/app/routes/dashboard').then((m) => ({ default: m.ClassDashboardRoute })));
const WaveDashboardRoute = lazy(() => import('@/app/routes/dashboard').then((m) => ({ default: m.WaveDashboardRoute })));
const HeadcountsRoute = lazy(() => import('@/app/routes/headcounts').then((m) => ({ default: m.HeadcountsRoute })));
const PopulationsRoute = lazy(() => import('@/app/routes/populations').then((m) => ({ default: m.PopulationsRoute })));
const HomeRoute = lazy(() => import('@/app/routes/home').then((m) => ({ default: m.HomeRoute })));
const LearnRoute = lazy(() => import('@/app/routes/learn').then((m) => ({ default: m.LearnRoute })));
const LearnerImportRoute = lazy(() => import('@/app/routes/learner-import').then((m) => ({ default: m.LearnerImportRoute })));
const LearnersRoute = lazy(() => import('@/app/routes/learners').then((m) => ({ default: m.LearnersRoute })));
const NotFoundRoute = lazy(() => import('@/app/routes/not-found').then((m) => ({ default: m.NotFoundRoute })));
const MyClassesRoute = lazy(() => import('@/app/routes/my-classes').then((m) => ({ default: m.MyClassesRoute })));
const OpenLearningRoute = lazy(() => import('@/app/routes/open-learning').then((m) => ({ default: m.OpenLearningRoute })));
const OrgUnitsRoute = lazy(() => import('@/app/routes/org-units').then((m) => ({ default: m.OrgUnitsRoute })));
const PlanRoute = lazy(() => import('@/app/routes/plan').then((m) => ({ default: m.PlanRoute })));
const PlansRoute = lazy(() => import('@/app/routes/plans').then((m) => ({ default: m.PlansRoute })));
const WaveRoute = lazy(() => import('@/app/routes/wave').then((m) => ({ default: m.WaveRoute })));
const WavesRoute = lazy(() => import('@/app/routes/waves').then((m) => ({ default: m.WavesRoute })));
const QuestionBankRoute = lazy(() => import('@/app/routes/question-bank').then((m) => ({ default: m.QuestionBankRoute })));
const QuizAttemptRoute = lazy(() => import('@/app/routes/quiz-attempt').then((m) => ({ default: m.QuizAttemptRoute })));
const QuizRoute = lazy(() => import('@/app/routes/quiz').then((m) => ({ default: m.QuizRoute })));
const ExamResultsRoute = lazy(() => import('@/app/routes/exams').then((m) => ({ default: m.ExamResultsRoute })));
const ExamsRoute = lazy(() => import('@/app/routes/exams').then((m) => ({ default: m.ExamsRoute })));
const MyExamRoute = lazy(() => import('@/app/routes/exams').then((m) => ({ default: m.MyExamRoute })));
const CheckInRoute = lazy(() => import('@/app/routes/training').then((m) => ({ default: m.CheckInRoute })));
const ProgrammeRoute = lazy(() => import('@/app/routes/training').then((m) => ({ default: m.ProgrammeRoute })));
const SessionQrRoute = lazy(() => import('@/app/routes/training').then((m) => ({ default: m.SessionQrRoute })));
const TakeAttendanceRoute = lazy(() => import('@/app/routes/training').then((m) => ({ default: m.TakeAttendanceRoute })));
const TrainingClassRoute = lazy(() => import('@/app/routes/training').then((m) => ({ default: m.TrainingClassRoute })));
const TrainingRoute = lazy(() => import('@/app/routes/training').then((m) => ({ default: m.TrainingRoute })));

export const paths = {
  home: '/',
  orgUnits: '/org-units',
  learners: '/learners',
  learnerImport: '/learners/import',
  accounts: '/accounts',
  headcounts: '/headcounts',
  populations: '/populations',
  openLearning: '/open-learning',
  waves: '/waves',
  wave: '/waves/:waveId',
  myClasses: '/my-classes',
  courses: '/courses',
  course: '/courses/:courseId',
  coursePreview: '/courses/:courseId/preview',
  learn: '/learn/:enrolmentId',
  plans: '/plans',
  plan: '/plans/:planId',
  publicDashboard: '/public/dashboard',
  classDashboard: '/classes/:classId/dashboard',
  waveDashboard: '/waves/:waveId/dashboard',
  certificates: '/certificates',
  quiz: '/enrolments/:enrolmentId/quiz',
  quizAttempt: '/quiz-attempts/:attemptId',
  questionBank: '/question-bank',
  training: '/training',
  trainingProgramme: '/training/programmes/:programmeId',
  trainingClass: '/training/classes/:classId',
  trainingSession: '/training/classes/:classId/sessions/:sessionId',
  trainingQr: '/training/classes/:classId/sessions/:sessionId/qr',
  trainingCheckIn: '/training/check-in/:sessionId/:code',
  exams: '/exams',
  examResults: '/exams/:examId/results',
  myExam: '/my-exams/:examId',
  citizenStart: '/citizen/start',
  myData: '/citizen/data',
  helperHome: '/helper',
  communeHelpers: '/community-helpers',
} as const;

// Declarative routes: the app uses no loaders or actions, and BrowserRouter leaves react-router's data
// router out of the bundle (about a third of its size, issue 14).
export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path={paths.home} element={<AppRoot />}>
          <Route index element={<HomeRoute />} />
          <Route path={paths.orgUnits} element={<OrgUnitsRoute />} />
          <Route path={paths.learners} element={<LearnersRoute />} />
          <Route path={paths.learnerImport} element={<LearnerImportRoute />} />
          <Route path={paths.accounts} element={<AccountsRoute />} />
          <Route path={paths.headcounts} element={<HeadcountsRoute />} />
          <Route path={paths.populations} element={<PopulationsRoute />} />
          <Route path={paths.openLearning} element={<OpenLearningRoute />} />
          <Route path={paths.waves} element={<WavesRoute />} />
          <Route path={paths.wave} element={<WaveRoute />} />
          <Route path={paths.myClasses} element={<MyClassesRoute />} />
          <Route path={paths.courses} element={<CoursesRoute />} />
          <Route path={paths.course} element={<CourseRoute />} />
          <Route path={paths.coursePreview} element={<CoursePreviewRoute />} />
          <Route path={paths.learn} element={<LearnRoute />} />
          <Route path={paths.plans} element={<PlansRoute />} />
          <Route path={paths.plan} element={<PlanRoute />} />
          <Route path={paths.classDashboard} element={<ClassDashboardRoute />} />
          <Route path={paths.waveDashboard} element={<WaveDashboardRoute />} />
          <Route path={paths.certificates} element={<CertificatesRoute />} />
          <Route path={paths.quiz} element={<QuizRoute />} />
          <Route path={paths.quizAttempt} element={<QuizAttemptRoute />} />
          <Route path={paths.questionBank} element={<QuestionBankRoute />} />
          <Route path={paths.training} element={<TrainingRoute />} />
          <Route path={paths.trainingProgramme} element={<ProgrammeRoute />} />
          <Route path={paths.trainingClass} element={<TrainingClassRoute />} />
          <Route path={paths.trainingSession} element={<TakeAttendanceRoute />} />
          <Route path={paths.trainingQr} element={<SessionQrRoute />} />
          <Route path={paths.trainingCheckIn} element={<CheckInRoute />} />
          <Route path={paths.exams} element={<ExamsRoute />} />
          <Route path={paths.examResults} element={<ExamResultsRoute />} />
          <Route path={paths.myExam} element={<MyExamRoute />} />
          <Route path={paths.citizenStart} element={<CitizenStartRoute />} />
          <Route path={paths.myData} element={<MyDataRoute />} />
          <Route path={paths.helperHome} element={<HelperHomeRoute />} />
          <Route path={paths.communeHelpers} element={<CommuneHelpersRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
