import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for keycloak-js: init() waits until the test lets it finish, as a refresh on a slow link would.
const adapter = vi.hoisted(() => ({ finishInit: () => {}, instances: [] as FakeKeycloak[] }));
type FakeKeycloak = {
  token?: string;
  refreshToken?: string;
  idToken?: string;
  timeSkew?: number;
  authenticated?: boolean;
  initOptions?: Record<string, unknown>;
  onAuthSuccess?: () => void;
  logout: ReturnType<typeof vi.fn>;
};

vi.mock('keycloak-js', () => ({
  default: class {
    token?: string;
    refreshToken?: string;
    authenticated = false;
    timeSkew = 0;
    tokenParsed?: unknown;
    initOptions?: Record<string, unknown>;
    onAuthSuccess?: () => void;
    logout = vi.fn();
    constructor() {
      adapter.instances.push(this);
    }
    init(options: Record<string, unknown>) {
      this.initOptions = options;
      return new Promise<boolean>((resolve) => {
        adapter.finishInit = () => {
          this.token = jwt(600, 'refreshed');
          this.refreshToken = 'refresh-2';
          this.authenticated = true;
          this.onAuthSuccess?.();
          resolve(true);
        };
      });
    }
    updateToken() {
      return Promise.resolve(false);
    }
  },
}));

function jwt(secondsLeft: number, name: string): string {
  const claims = { exp: Math.floor(Date.now() / 1000) + secondsLeft, preferred_username: name, realm_access: { roles: ['LEARNER'] } };
  const part = btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `header.${part}.signature`;
}

const config = { keycloakUrl: 'http://kc', realm: 'hocso', clientId: 'hocso-web' };

beforeEach(() => {
  vi.resetModules();
  adapter.instances.length = 0;
  sessionStorage.clear();
});
afterEach(() => vi.useRealTimers());

describe('auth session in sessionStorage (ADR 0410)', () => {
  it('keeps the tokens of a login in the tab, and forgets them on logout', async () => {
    const auth = await import('@/lib/auth');
    const started = auth.initAuth(config);
    await vi.waitFor(() => expect(adapter.instances).toHaveLength(1));
    adapter.finishInit();
    await started;
    const stored = JSON.parse(sessionStorage.getItem(auth.SESSION_KEY)!) as { refreshToken: string };
    expect(stored.refreshToken).toBe('refresh-2');
    expect(localStorage.length).toBe(0);
    auth.logout();
    expect(sessionStorage.getItem(auth.SESSION_KEY)).toBeNull();
  });

  it('after a reload, starts the adapter with the stored tokens and uses a still-valid access token at once', async () => {
    const storedToken = jwt(240, 'stored');
    sessionStorage.setItem('hocso.session', JSON.stringify({ token: storedToken, refreshToken: 'refresh-1', timeSkew: 0 }));
    const auth = await import('@/lib/auth');
    await auth.initAuth(config); // resolves before Keycloak answers the refresh
    expect(adapter.instances[0]?.initOptions).toMatchObject({ token: storedToken, refreshToken: 'refresh-1', onLoad: 'login-required' });
    expect(await auth.freshToken()).toBe(storedToken);
    expect(auth.sessionUser()?.username).toBe('stored');
    adapter.finishInit();
    await vi.waitFor(() =>
      expect((JSON.parse(sessionStorage.getItem(auth.SESSION_KEY)!) as { refreshToken: string }).refreshToken).toBe('refresh-2'),
    );
  });

  it('waits for the refresh when the stored access token is about to expire', async () => {
    sessionStorage.setItem('hocso.session', JSON.stringify({ token: jwt(10, 'stale'), refreshToken: 'refresh-1' }));
    const auth = await import('@/lib/auth');
    let done = false;
    const started = auth.initAuth(config).then(() => (done = true));
    await vi.waitFor(() => expect(adapter.instances).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    adapter.finishInit();
    await started;
    expect(await auth.freshToken()).toContain('header.');
  });
});
