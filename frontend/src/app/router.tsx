import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppRoot } from '@/app/routes/app-root';

// Every page is its own chunk (issue 14): a learner's phone downloads the learner's pages, not the
// staff's editors and dashboards. AppRoot wraps the outlet in Suspense.
const AccountsRoute = lazy(() => import('@/app/routes/accounts').then((m) => ({ default: m.AccountsRoute })));
const CertificatesRoute = lazy(() => import('@/app/routes/certificates').then((m) => ({ default: m.CertificatesRoute })));
const CoursePreviewRoute = lazy(() => import('@/app/routes/course').then((m) => ({ default: m.CoursePreviewRoute })));
const CourseRoute = lazy(() => import('@/app/routes/course').then((m) => ({ default: m.CourseRoute })));
const CoursesRoute = lazy(() => import('@/app/routes/courses').then((m) => ({ default: m.CoursesRoute })));
const ClassDashboardRoute = lazy(() => import('@/app/routes/dashboard').then((m) => ({ default: m.ClassDashboardRoute })));
const WaveDashboardRoute = lazy(() => import('@/app/routes/dashboard').then((m) => ({ default: m.WaveDashboardRoute })));
const HeadcountsRoute = lazy(() => import('@/app/routes/headcounts').then((m) => ({ default: m.HeadcountsRoute })));
const HomeRoute = lazy(() => import('@/app/routes/home').then((m) => ({ default: m.HomeRoute })));
const LearnRoute = lazy(() => import('@/app/routes/learn').then((m) => ({ default: m.LearnRoute })));
const LearnerImportRoute = lazy(() => import('@/app/routes/learner-import').then((m) => ({ default: m.LearnerImportRoute })));
const LearnersRoute = lazy(() => import('@/app/routes/learners').then((m) => ({ default: m.LearnersRoute })));
const NotFoundRoute = lazy(() => import('@/app/routes/not-found').then((m) => ({ default: m.NotFoundRoute })));
const MyClassesRoute = lazy(() => import('@/app/routes/my-classes').then((m) => ({ default: m.MyClassesRoute })));
const OrgUnitsRoute = lazy(() => import('@/app/routes/org-units').then((m) => ({ default: m.OrgUnitsRoute })));
const PlanRoute = lazy(() => import('@/app/routes/plan').then((m) => ({ default: m.PlanRoute })));
const PlansRoute = lazy(() => import('@/app/routes/plans').then((m) => ({ default: m.PlansRoute })));
const WaveRoute = lazy(() => import('@/app/routes/wave').then((m) => ({ default: m.WaveRoute })));
const WavesRoute = lazy(() => import('@/app/routes/waves').then((m) => ({ default: m.WavesRoute })));
const QuestionBankRoute = lazy(() => import('@/app/routes/question-bank').then((m) => ({ default: m.QuestionBankRoute })));
const QuizAttemptRoute = lazy(() => import('@/app/routes/quiz-attempt').then((m) => ({ default: m.QuizAttemptRoute })));
const QuizRoute = lazy(() => import('@/app/routes/quiz').then((m) => ({ default: m.QuizRoute })));

export const paths = {
  home: '/',
  orgUnits: '/org-units',
  learners: '/learners',
  learnerImport: '/learners/import',
  accounts: '/accounts',
  headcounts: '/headcounts',
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
} as const;

const router = createBrowserRouter([
  {
    path: paths.home,
    element: <AppRoot />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: paths.orgUnits, element: <OrgUnitsRoute /> },
      { path: paths.learners, element: <LearnersRoute /> },
      { path: paths.learnerImport, element: <LearnerImportRoute /> },
      { path: paths.accounts, element: <AccountsRoute /> },
      { path: paths.headcounts, element: <HeadcountsRoute /> },
      { path: paths.waves, element: <WavesRoute /> },
      { path: paths.wave, element: <WaveRoute /> },
      { path: paths.myClasses, element: <MyClassesRoute /> },
      { path: paths.courses, element: <CoursesRoute /> },
      { path: paths.course, element: <CourseRoute /> },
      { path: paths.coursePreview, element: <CoursePreviewRoute /> },
      { path: paths.learn, element: <LearnRoute /> },
      { path: paths.plans, element: <PlansRoute /> },
      { path: paths.plan, element: <PlanRoute /> },
      { path: paths.classDashboard, element: <ClassDashboardRoute /> },
      { path: paths.waveDashboard, element: <WaveDashboardRoute /> },
      { path: paths.certificates, element: <CertificatesRoute /> },
      { path: paths.quiz, element: <QuizRoute /> },
      { path: paths.quizAttempt, element: <QuizAttemptRoute /> },
      { path: paths.questionBank, element: <QuestionBankRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
