import type { NavItem } from '@/components/layouts/app-layout';
import type { Role } from '@/types/roles';
import { ROLES } from '@/types/roles';

type RoleNavItem = NavItem & { roles: readonly (Role | 'CITIZEN')[] };

// Each page lists the roles that see its link; the API still checks every call.
const NAV_ITEMS: RoleNavItem[] = [
  { to: '/', labelKey: 'nav.home', end: true, roles: ROLES },
  { to: '/learners', labelKey: 'nav.learners', end: true, roles: ['ADMIN', 'UNIT_ADMIN', 'VERIFIER', 'REPORTER'] },
  { to: '/learners/import', labelKey: 'nav.learnerImport', roles: ['ADMIN', 'UNIT_ADMIN'] },
  { to: '/accounts', labelKey: 'nav.accounts', roles: ['ADMIN', 'UNIT_ADMIN'] },
  { to: '/headcounts', labelKey: 'nav.headcounts', roles: ['ADMIN', 'UNIT_ADMIN', 'VERIFIER', 'REPORTER'] },
  { to: '/org-units', labelKey: 'nav.orgUnits', roles: ROLES },
  { to: '/courses', labelKey: 'nav.courses', roles: ['ADMIN'] },
  { to: '/waves', labelKey: 'nav.waves', roles: ['ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN', 'TRAINER'] },
  { to: '/plans', labelKey: 'nav.plans', roles: ['ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN'] },
  { to: '/my-classes', labelKey: 'nav.myClasses', roles: ['TRAINER'] },
  { to: '/question-bank', labelKey: 'nav.questionBank', roles: ['ADMIN'] },
  { to: '/certificates', labelKey: 'nav.certificates', roles: ['ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN', 'TRAINER'] },
  { to: '/training', labelKey: 'nav.training', roles: ROLES },
  { to: '/citizen/data', labelKey: 'nav.myData', roles: ['CITIZEN'] },
];

export function navItemsFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role))).map(
    ({ to, labelKey, end }) => ({ to, labelKey, end }),
  );
}
