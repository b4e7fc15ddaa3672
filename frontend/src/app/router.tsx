import { createBrowserRouter, RouterProvider } from 'react-router';
import { AccountsRoute } from '@/app/routes/accounts';
import { AppRoot } from '@/app/routes/app-root';
import { HeadcountsRoute } from '@/app/routes/headcounts';
import { HomeRoute } from '@/app/routes/home';
import { LearnerImportRoute } from '@/app/routes/learner-import';
import { LearnersRoute } from '@/app/routes/learners';
import { NotFoundRoute } from '@/app/routes/not-found';
import { MyClassesRoute } from '@/app/routes/my-classes';
import { OrgUnitsRoute } from '@/app/routes/org-units';
import { WaveRoute } from '@/app/routes/wave';
import { WavesRoute } from '@/app/routes/waves';
import { QuestionBankRoute } from '@/app/routes/question-bank';
import { QuizAttemptRoute } from '@/app/routes/quiz-attempt';
import { QuizRoute } from '@/app/routes/quiz';

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
