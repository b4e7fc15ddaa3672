import type Keycloak from 'keycloak-js';
import type * as KeycloakAdapter from 'keycloak-js';
import type { RuntimeConfig } from '@/config/runtime-config';

/**
 * The single Keycloak session of this tab. Its tokens are also kept in this tab's sessionStorage
 * (ADR 0410): a reload refreshes them with one request to Keycloak instead of three round trips
 * through Keycloak's login redirect. Cleared on logout and when Keycloak refuses them.
 */
let keycloak: Keycloak | null = null;
let refreshTimer: ReturnType<typeof setInterval> | undefined;

const MIN_VALIDITY_SECONDS = 30;
const REFRESH_EVERY_MS = 20_000;
export const SESSION_KEY = 'hocso.session';

type StoredSession = { token: string; refreshToken: string; idToken?: string; timeSkew?: number };

/**
 * While keycloak-js refreshes the stored tokens after a reload, the stored access token (if it has
 * 30 s or more left) is used at once, so the page's requests do not wait for Keycloak's answer.
 */
let provisional: { token: string; claims: TokenClaims } | null = null;

type TokenClaims = {
  exp?: number;
  preferred_username?: string;
  name?: string;
  realm_access?: { roles?: string[] };
  birth_year?: string;
  gender?: string;
};

function claimsOf(token: string): TokenClaims | null {
  try {
    const payload = (token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as TokenClaims;
  } catch {
    return null;
  }
}

/** Seconds the token has left by the server's clock (timeSkew: server minus this device, as keycloak-js counts it). */
function secondsLeft(claims: TokenClaims, timeSkew: number): number {
  return typeof claims.exp === 'number' ? claims.exp - Math.ceil(Date.now() / 1000) + timeSkew : -1;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: the tab logs in through the redirect, as before
  }
}

export function storedSession(): StoredSession | null {
  try {
    const value = JSON.parse(storage()?.getItem(SESSION_KEY) ?? 'null') as Partial<StoredSession> | null;
    return value && typeof value.token === 'string' && typeof value.refreshToken === 'string'
      ? { token: value.token, refreshToken: value.refreshToken, idToken: value.idToken, timeSkew: value.timeSkew }
      : null;
  } catch {
    return null;
  }
}

function keep(kc: Keycloak): void {
  if (!kc.token || !kc.refreshToken) return;
  const session: StoredSession = {
    token: kc.token,
    refreshToken: kc.refreshToken,
    idToken: kc.idToken,
    timeSkew: kc.timeSkew ?? 0,
  };
  storage()?.setItem(SESSION_KEY, JSON.stringify(session));
}

function forget(): void {
  storage()?.removeItem(SESSION_KEY);
}

/** True when this load comes back from Keycloak with a code, or the tab already has a session. */
export function likelySignedIn(): boolean {
  return storedSession() !== null || /[#&?]code=/.test(window.location.hash + window.location.search);
}

export async function initAuth(config: RuntimeConfig, adapter?: Promise<typeof KeycloakAdapter>): Promise<void> {
  // Loaded here, not at the top: the public pages never download Keycloak's adapter.
  const { default: Keycloak } = await (adapter ?? import('keycloak-js'));
  keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  const kc = keycloak;
  kc.onTokenExpired = () => void freshToken();
  kc.onAuthSuccess = () => keep(kc);
  kc.onAuthRefreshSuccess = () => keep(kc);
  kc.onAuthRefreshError = forget;
  kc.onAuthError = forget;
  kc.onAuthLogout = forget;
  const stored = storedSession();
  // With stored tokens the adapter refreshes them (one POST); if Keycloak refuses (session ended,
  // logged out elsewhere) it falls back to the login redirect, as without them.
  const ready = kc
    .init({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      checkLoginIframe: false,
      ...(stored ? { token: stored.token, refreshToken: stored.refreshToken, idToken: stored.idToken } : {}),
    })
    .then(() => {
      provisional = null;
      keep(kc);
    });
  refreshTimer = setInterval(() => void freshToken(), REFRESH_EVERY_MS);
  const claims = stored ? claimsOf(stored.token) : null;
  if (stored && claims && secondsLeft(claims, stored.timeSkew ?? 0) >= MIN_VALIDITY_SECONDS) {
    provisional = { token: stored.token, claims };
    pending = ready.catch((error: unknown) => {
      provisional = null;
      console.error('Học Số could not refresh the stored session', error);
    });
    return;
  }
  await ready;
}

/** The adapter's start when the page began with the provisional token. */
let pending: Promise<void> | null = null;

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
  if (pending) await pending;
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
  if (provisional && secondsLeft(provisional.claims, storedSession()?.timeSkew ?? 0) >= MIN_VALIDITY_SECONDS) {
    return provisional.token;
  }
  if (pending) await pending;
  if (!kc.authenticated) return undefined;
  try {
    await kc.updateToken(MIN_VALIDITY_SECONDS);
  } catch {
    login();
    return undefined;
  }
  return kc.token;
}

export function login(): void {
  forget();
  void keycloak?.login();
}

export function logout(): void {
  if (refreshTimer) clearInterval(refreshTimer);
  forget();
  void requireKeycloak().logout({ redirectUri: window.location.origin + '/' });
}

export type SessionUser = {
  username: string;
  displayName: string;
  roles: string[];
};

/** What the token says about the user, used until /api/me answers. */
export function sessionUser(): SessionUser | null {
  const token = (keycloak?.tokenParsed ?? provisional?.claims) as TokenClaims | undefined;
  if (!token) return null;
  return {
    username: token.preferred_username ?? '',
    displayName: token.name ?? token.preferred_username ?? '',
    roles: token.realm_access?.roles ?? [],
  };
}

/** What a citizen told Keycloak's registration page (year of birth, gender), to fill the app's form. */
export function registrationClaims(): { birthYear: number | null; gender: string | null } {
  const token = (keycloak?.tokenParsed ?? provisional?.claims) as TokenClaims | undefined;
  const year = Number(token?.birth_year);
  return { birthYear: Number.isInteger(year) && year > 0 ? year : null, gender: token?.gender ?? null };
}
