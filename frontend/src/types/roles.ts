/** Keycloak realm roles, in the order the UI lists them. */
export const ROLES = ['ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN', 'TRAINER', 'LEARNER'] as const;
export type Role = (typeof ROLES)[number];

export function knownRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}
