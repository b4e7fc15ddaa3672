import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BootFailed, BootLoading } from '@/app/boot-screens';
import { firstRequests } from '@/app/first-requests';
import { AppProvider } from '@/app/provider';
import { fetchRuntimeConfig } from '@/config/runtime-config';
import { requestEarly } from '@/lib/api-client';
import { initAuth, likelySignedIn, sessionUser, startRegistration } from '@/lib/auth';
import { currentLanguage, initI18n } from '@/lib/i18n';
import '@/app/index.css';

initI18n();
const root = createRoot(document.getElementById('root')!);
const show = (node: ReactNode) =>
  root.render(
    <StrictMode>
      <AppProvider>{node}</AppProvider>
    </StrictMode>,
  );

// Keycloak is set up once, outside React, so StrictMode's double effects cannot start two logins.
// The pages are loaded only after the login (issue 14): before Keycloak's redirect the browser
// fetches this entry and Keycloak's adapter, nothing it would throw away.
async function start() {
  // The public dashboard is for anyone: no Keycloak and no staff pages at all.
  if (window.location.pathname.startsWith('/public/')) {
    const { PublicDashboardRoute } = await import('@/app/routes/public-dashboard');
    show(<PublicDashboardRoute />);
    return;
  }
  // An open course's landing page (a poster's QR code) is for anyone, like the public dashboard.
  const openCourse = /^\/c\/(\d+)\/?$/.exec(window.location.pathname);
  if (openCourse) {
    const { OpenCourseRoute } = await import('@/app/routes/open-course');
    show(<OpenCourseRoute courseId={Number(openCourse[1])} />);
    return;
  }
  show(<BootLoading />);
  const registration = /^\/c\/(\d+)\/register\/?$/.exec(window.location.pathname);
  if (registration) {
    try {
      const config = await fetchRuntimeConfig();
      await startRegistration(config, `${window.location.origin}/citizen/start?course=${registration[1]}`, currentLanguage());
    } catch (error) {
      console.error('Học Số could not open the registration page', error);
      show(<BootFailed />);
    }
    return;
  }
  let AppRouter;
  try {
    // Keycloak's adapter downloads while the settings are asked for (issue 14: each step in turn was
    // a round trip of its own on a slow phone).
    const adapter = import('keycloak-js');
    // Back from Keycloak, or reloading with a session: the router and this page's chunk download (or
    // come from the cache) while the tokens are fetched. Before a login redirect nothing more is fetched.
    const router = likelySignedIn() ? preloadPages() : null;
    const config = await fetchRuntimeConfig();
    await initAuth(config, adapter);
    // The page's first API calls start now, with the token, not after its code has run (issue 14).
    requestEarly(firstRequests(window.location.pathname, sessionUser()?.roles ?? []));
    ({ AppRouter } = await (router ?? import('@/app/router')));
  } catch (error) {
    console.error('Học Số could not start', error);
    show(<BootFailed />);
    return;
  }
  show(<AppRouter />);
}

/** The router, and the chunk of the page people open or reload most: home, player, class dashboard. */
function preloadPages() {
  const path = window.location.pathname;
  if (path === '/') void import('@/app/routes/home');
  else if (path.startsWith('/learn/')) void import('@/app/routes/learn');
  else if (/^\/classes\/\d+\/dashboard/.test(path)) void import('@/app/routes/dashboard');
  return import('@/app/router');
}

void start();
