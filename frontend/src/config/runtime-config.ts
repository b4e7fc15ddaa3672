/** Settings the server hands to the browser at start-up, so one build runs anywhere. */
export type RuntimeConfig = {
  keycloakUrl: string;
  realm: string;
  clientId: string;
};

export const RUNTIME_CONFIG_PATH = '/api/public/config';

export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  const candidate = (value ?? {}) as Record<string, unknown>;
  const missing = (['keycloakUrl', 'realm', 'clientId'] as const).filter(
    (key) => typeof candidate[key] !== 'string' || candidate[key] === '',
  );
  if (missing.length > 0) {
    throw new Error(`Runtime configuration is missing: ${missing.join(', ')}`);
  }
  return {
    keycloakUrl: candidate.keycloakUrl as string,
    realm: candidate.realm as string,
    clientId: candidate.clientId as string,
  };
}

export async function fetchRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl(RUNTIME_CONFIG_PATH, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`GET ${RUNTIME_CONFIG_PATH} answered ${response.status}`);
  }
  return parseRuntimeConfig(await response.json());
}
