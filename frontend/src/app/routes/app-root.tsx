import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { navItemsFor } from '@/app/navigation';
import { AppLayout } from '@/components/layouts/app-layout';
import { Spinner } from '@/components/ui/spinner';
import { useMe } from '@/features/me/api/get-me';
import { logout, sessionUser } from '@/lib/auth';

export function AppRoot() {
  const me = useMe();
  const fromToken = sessionUser();
  const userName = me.data?.displayName ?? fromToken?.displayName ?? '';
  const roles = me.data?.roles ?? fromToken?.roles ?? [];

  return (
    <AppLayout userName={userName} navItems={navItemsFor(roles)} onLogout={logout}>
      <Suspense fallback={<Spinner />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}
