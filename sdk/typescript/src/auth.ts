/** Supplies the bearer token of each request. */
export type TokenProvider = () => Promise<string>;

/** A token the caller already holds, e.g. a browser's, from its own sign-in. */
export function staticToken(token: string): TokenProvider {
  return async () => token;
}

export interface ClientCredentials {
  /** The tenant realm's issuer, e.g. `https://id.example.cn/realms/jiceng-sip`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Renew this long before expiry (default 30 s). */
  refreshSkewSeconds?: number;
  fetch?: typeof fetch;
}

/**
 * OAuth 2.0 client credentials against the realm's token endpoint, for server-side code. The token is cached and
 * renewed shortly before it expires; concurrent callers share one renewal.
 */
export function clientCredentials(options: ClientCredentials): TokenProvider {
  const doFetch = options.fetch ?? fetch;
  const skew = (options.refreshSkewSeconds ?? 30) * 1000;
  let cached: { token: string; expiresAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  const endpoint = options.issuer.replace(/\/+$/, "") + "/protocol/openid-connect/token";

  async function renew(): Promise<string> {
    const response = await doFetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: options.clientId,
        client_secret: options.clientSecret,
      }),
    });
    if (!response.ok) {
      throw new Error(`Token request to ${endpoint} failed with HTTP ${response.status}`);
    }
    const body = (await response.json()) as { access_token: string; expires_in?: number };
    cached = { token: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 60) * 1000 };
    return body.access_token;
  }

  return async () => {
    if (cached && Date.now() < cached.expiresAt - skew) {
      return cached.token;
    }
    inFlight ??= renew().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
