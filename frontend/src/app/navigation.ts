import type { NavItem } from '@/components/layouts/app-layout';
import type { Role } from '@/types/roles';
import { ROLES } from '@/types/roles';

type RoleNavItem = NavItem & { roles: readonly (Role | 'CITIZEN' | 'COMMUNITY_HELPER')[] };

// Each page lists the roles that see its link; the API still checks every call. Pages marked "more" sit
// under "Thêm" on a wide screen when a role has many pages (an administrator's twelve), never a role's daily work.
const NAV_ITEMS: RoleNavItem[] = [
  { to: '/', labelKey: 'nav.home', end: true, roles: ROLES },
  { to: '/learners', labelKey: 'nav.learners', end: true, roles: ['ADMIN', 'UNIT_ADMIN', 'VERIFIER', 'REPORTER'] },
  { to: '/learners/import', labelKey: 'nav.learnerImport', roles: ['ADMIN', 'UNIT_ADMIN'] },
  { to: '/accounts', labelKey: 'nav.accounts', roles: ['ADMIN', 'UNIT_ADMIN'] },
  { to: '/headcounts', labelKey: 'nav.headcounts', roles: ['ADMIN', 'UNIT_ADMIN', 'VERIFIER', 'REPORTER'] },
  { to: '/populations', labelKey: 'nav.populations', more: true, roles: ['ADMIN', 'UNIT_ADMIN', 'VERIFIER', 'REPORTER'] },
  { to: '/org-units', labelKey: 'nav.orgUnits', more: true, roles: ROLES },
  { to: '/courses', labelKey: 'nav.courses', more: true, roles: ['ADMIN'] },
  { to: '/waves', labelKey: 'nav.waves', roles: ['ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN', 'TRAINER'] },
  { to: '/plans', labelKey: 'nav.plans', roles: ['ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN'] },
  { to: '/my-classes', labelKey: 'nav.myClasses', roles: ['TRAINER'] },
  { to: '/question-bank', labelKey: 'nav.questionBank', more: true, roles: ['ADMIN'] },
  { to: '/certificates', labelKey: 'nav.certificates', roles: ['ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN', 'TRAINER'] },
  { to: '/training', labelKey: 'nav.training', more: true, roles: ROLES },
  { to: '/exams', labelKey: 'nav.exams', more: true, roles: ['ADMIN', 'UNIT_ADMIN', 'VERIFIER', 'REPORTER'] },
  { to: '/open-learning', labelKey: 'nav.openLearning', more: true, roles: ['ADMIN', 'UNIT_ADMIN', 'VERIFIER', 'REPORTER'] },
  { to: '/community-helpers', labelKey: 'nav.communeHelpers', more: true, roles: ['ADMIN', 'UNIT_ADMIN'] },
  { to: '/citizen/data', labelKey: 'nav.myData', roles: ['CITIZEN'] },
  { to: '/helper', labelKey: 'nav.helperHome', roles: ['COMMUNITY_HELPER'] },
];

/** More links than fit on one row of a 1366 px screen beside each other: the "more" ones are grouped. */
const ONE_ROW = 8;

export function navItemsFor(roles: readonly string[]): NavItem[] {
  const items = NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
  const grouped = items.length > ONE_ROW;
  return items.map(({ to, labelKey, end, more }) => ({ to, labelKey, end, more: grouped && more === true }));
}
