const STAFF_ROLES = ['ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN', 'TRAINER'];

/**
 * The API calls the first render of the pages people open or reload most will make (issue 14), so
 * that `main.tsx` can start them while the page's code is still being run: every signed-in page asks
 * for `/api/me`; the home for the learner's lists or the staff's tasks; the player for the course and
 * the progress; the class dashboard for its rows. Keep in step with those pages' queries (a path that
 * no page asks for costs one wasted request, nothing else).
 */
export function firstRequests(pathname: string, roles: readonly string[]): string[] {
  const paths = ['/api/me'];
  if (pathname === '/') {
    if (roles.includes('LEARNER')) {
      paths.push('/api/me/notifications', '/api/me/exams', '/api/me/certificates', '/api/me/enrolments');
    }
    if (roles.some((role) => STAFF_ROLES.includes(role))) paths.push('/api/me/tasks');
    return paths;
  }
  const learn = /^\/learn\/(\d+)\/?$/.exec(pathname);
  if (learn) return [...paths, `/api/enrolments/${learn[1]}/course`, `/api/enrolments/${learn[1]}/progress`];
  const dashboard = /^\/classes\/(\d+)\/dashboard\/?$/.exec(pathname);
  if (dashboard) return [...paths, `/api/classes/${dashboard[1]}/dashboard`];
  return paths;
}
