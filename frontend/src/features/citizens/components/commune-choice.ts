/** The commune a citizen chose on the landing page, kept in this tab across Keycloak's pages. */
const KEY = 'hocso.citizen.commune';

export function rememberCommune(communeId: number): void {
  try {
    sessionStorage.setItem(KEY, String(communeId));
  } catch {
    // Private mode without storage: the citizen chooses again after signing up.
  }
}

export function rememberedCommune(): number | null {
  try {
    const value = Number(sessionStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}
