import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppRoot } from '@/app/routes/app-root';
import { HomeRoute } from '@/app/routes/home';
import { NotFoundRoute } from '@/app/routes/not-found';
import { OrgUnitsRoute } from '@/app/routes/org-units';

export const paths = {
  home: '/',
  orgUnits: '/org-units',
} as const;

const router = createBrowserRouter([
  {
    path: paths.home,
    element: <AppRoot />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: paths.orgUnits, element: <OrgUnitsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
