import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BootFailed, BootLoading } from '@/app/boot-screens';
import { AppProvider } from '@/app/provider';
import { AppRouter } from '@/app/router';
import { PublicDashboardRoute } from '@/app/routes/public-dashboard';
import { fetchRuntimeConfig } from '@/config/runtime-config';
import { initAuth } from '@/lib/auth';
import { initI18n } from '@/lib/i18n';
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
async function start() {
  // The public dashboard is for anyone: no Keycloak at all.
  if (window.location.pathname.startsWith('/public/')) {
    show(<PublicDashboardRoute />);
    return;
  }
  show(<BootLoading />);
  try {
    const config = await fetchRuntimeConfig();
    await initAuth(config);
  } catch (error) {
    console.error('Học Số could not start', error);
    show(<BootFailed />);
    return;
  }
  show(<AppRouter />);
}

void start();
