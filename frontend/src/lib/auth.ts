import type Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '@/config/runtime-config';

/**
 * The single Keycloak session of this tab. Tokens live only in this object's memory:
 * a reload starts a fresh code flow with Keycloak's SSO cookie instead of reading storage.
 */
let keycloak: Keycloak | null = null;
let refreshTimer: ReturnType<typeof setInterval> | undefined;

const MIN_VALIDITY_SECONDS = 30;
const REFRESH_EVERY_MS = 20_000;

export async function initAuth(config: RuntimeConfig): Promise<void> {
  // Loaded here, not at the top: the public pages never download Keycloak's adapter.
  const { default: Keycloak } = await import('keycloak-js');
  keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  keycloak.onTokenExpired = () => void freshToken();
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });
  refreshTimer = setInterval(() => void freshToken(), REFRESH_EVERY_MS);
}

/**
 * Sends a citizen to Keycloak's own registration page (self-registration, ADR 0370). Keycloak comes
 * back to `redirectUri` with a code, where the usual {@link initAuth} signs them in.
 */
export async function startRegistration(config: RuntimeConfig, redirectUri: string, locale: string): Promise<void> {
  const { default: Keycloak } = await import('keycloak-js');
  const kc = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await kc.init({ pkceMethod: 'S256', checkLoginIframe: false });
  await kc.register({ redirectUri, locale });
}

/** A new token now, e.g. after the app set an attribute that the token carries (a citizen's commune). */
export async function renewToken(): Promise<void> {
  await keycloak?.updateToken(-1);
}

function requireKeycloak(): Keycloak {
  if (!keycloak) throw new Error('Authentication has not been initialised');
  return keycloak;
}

/** Returns a token valid for at least 30 more seconds, or starts a new login when the session is gone. */
export async function freshToken(): Promise<string | undefined> {
  const kc = keycloak;
  if (!kc) return undefined;
  try {
    await kc.updateToken(MIN_VALIDITY_SECONDS);
  } catch {
    login();
    return undefined;
  }
  return kc.token;
}

export function login(): void {
  void keycloak?.login();
}

export function logout(): void {
  if (refreshTimer) clearInterval(refreshTimer);
  void requireKeycloak().logout({ redirectUri: window.location.origin + '/' });
}

export type SessionUser = {
  username: string;
  displayName: string;
  roles: string[];
};

/** What the token says about the user, used until /api/me answers. */
export function sessionUser(): SessionUser | null {
  const token = keycloak?.tokenParsed as
    | { preferred_username?: string; name?: string; realm_access?: { roles?: string[] } }
    | undefined;
  if (!token) return null;
  return {
    username: token.preferred_username ?? '',
    displayName: token.name ?? token.preferred_username ?? '',
    roles: token.realm_access?.roles ?? [],
  };
}

/** What a citizen told Keycloak's registration page (year of birth, gender), to fill the app's form. */
export function registrationClaims(): { birthYear: number | null; gender: string | null } {
  const token = keycloak?.tokenParsed as { birth_year?: string; gender?: string } | undefined;
  const year = Number(token?.birth_year);
  return { birthYear: Number.isInteger(year) && year > 0 ? year : null, gender: token?.gender ?? null };
}
