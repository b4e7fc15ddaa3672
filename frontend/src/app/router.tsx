import { createBrowserRouter, RouterProvider } from 'react-router';
import { AccountsRoute } from '@/app/routes/accounts';
import { AppRoot } from '@/app/routes/app-root';
import { CertificatesRoute } from '@/app/routes/certificates';
import { CoursePreviewRoute, CourseRoute } from '@/app/routes/course';
import { CoursesRoute } from '@/app/routes/courses';
import { ClassDashboardRoute, WaveDashboardRoute } from '@/app/routes/dashboard';
import { HeadcountsRoute } from '@/app/routes/headcounts';
import { HomeRoute } from '@/app/routes/home';
import { LearnRoute } from '@/app/routes/learn';
import { LearnerImportRoute } from '@/app/routes/learner-import';
import { LearnersRoute } from '@/app/routes/learners';
import { NotFoundRoute } from '@/app/routes/not-found';
import { MyClassesRoute } from '@/app/routes/my-classes';
import { OrgUnitsRoute } from '@/app/routes/org-units';
import { PlanRoute } from '@/app/routes/plan';
import { PlansRoute } from '@/app/routes/plans';
import { WaveRoute } from '@/app/routes/wave';
import { WavesRoute } from '@/app/routes/waves';
import { QuestionBankRoute } from '@/app/routes/question-bank';
import { QuizAttemptRoute } from '@/app/routes/quiz-attempt';
import { QuizRoute } from '@/app/routes/quiz';
import {
  CheckInRoute,
  ProgrammeRoute,
  SessionQrRoute,
  TakeAttendanceRoute,
  TrainingClassRoute,
  TrainingRoute,
} from '@/app/routes/training';

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
  training: '/training',
  trainingProgramme: '/training/programmes/:programmeId',
  trainingClass: '/training/classes/:classId',
  trainingSession: '/training/classes/:classId/sessions/:sessionId',
  trainingQr: '/training/classes/:classId/sessions/:sessionId/qr',
  trainingCheckIn: '/training/check-in/:sessionId/:code',
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
      { path: paths.training, element: <TrainingRoute /> },
      { path: paths.trainingProgramme, element: <ProgrammeRoute /> },
      { path: paths.trainingClass, element: <TrainingClassRoute /> },
      { path: paths.trainingSession, element: <TakeAttendanceRoute /> },
      { path: paths.trainingQr, element: <SessionQrRoute /> },
      { path: paths.trainingCheckIn, element: <CheckInRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
