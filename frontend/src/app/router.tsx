import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppRoot } from '@/app/routes/app-root';
import { HomeRoute } from '@/app/routes/home';
import { NotFoundRoute } from '@/app/routes/not-found';
import { MyClassesRoute } from '@/app/routes/my-classes';
import { OrgUnitsRoute } from '@/app/routes/org-units';
import { WaveRoute } from '@/app/routes/wave';
import { WavesRoute } from '@/app/routes/waves';

export const paths = {
  home: '/',
  orgUnits: '/org-units',
  waves: '/waves',
  wave: '/waves/:waveId',
  myClasses: '/my-classes',
} as const;

const router = createBrowserRouter([
  {
    path: paths.home,
    element: <AppRoot />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: paths.orgUnits, element: <OrgUnitsRoute /> },
      { path: paths.waves, element: <WavesRoute /> },
      { path: paths.wave, element: <WaveRoute /> },
      { path: paths.myClasses, element: <MyClassesRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
