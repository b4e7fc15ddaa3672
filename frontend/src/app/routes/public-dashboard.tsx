import { PublicDashboardView } from '@/features/planning/components/public-dashboard';

/** Rendered without Keycloak: main.tsx shows it for /public/… before any login. */
export function PublicDashboardRoute() {
  return <PublicDashboardView />;
}
