import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "./schema.js";
import { JicengError, RateLimitError, type Problem } from "./errors.js";
import type { TokenProvider } from "./auth.js";

export type { paths, components, operations } from "./schema.js";
export * from "./errors.js";
export { clientCredentials, staticToken, type TokenProvider, type ClientCredentials } from "./auth.js";

export interface JicengClientOptions {
  /** The platform's base URL, e.g. `https://jiceng.example.cn`. */
  baseUrl: string;
  /** Bearer tokens: `clientCredentials(...)` on a server, `staticToken(...)` in a browser. */
  token: TokenProvider;
  /** Retries of 429 and 503 answers, after the `Retry-After` they give (default 2). */
  maxRetries?: number;
  /** Language of problem texts: `zh-CN` (the platform's default) or `en`. */
  language?: "zh-CN" | "en";
  fetch?: typeof fetch;
}

/** The typed client: `GET`, `POST`, `PATCH`, `DELETE` on the API's paths, with openapi-fetch's signatures. */
export type JicengClient = Client<paths>;

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A client of the platform API. Every write carries an `Idempotency-Key` (generated unless the caller set one),
 * so a retried POST is never applied twice; answers other than 2xx throw a {@link JicengError} subclass; 429 and
 * 503 are retried after their `Retry-After`.
 *
 * ```ts
 * const jiceng = createJicengClient({ baseUrl, token: clientCredentials({ issuer, clientId, clientSecret }) });
 * const { data } = await jiceng.GET("/api/v1/grids", { params: { query: { limit: 10 } } });
 * ```
 */
export function createJicengClient(options: JicengClientOptions): JicengClient {
  const maxRetries = options.maxRetries ?? 2;
  const baseFetch = options.fetch ?? globalThis.fetch;
  const retryingFetch = async (input: Request): Promise<Response> => {
    for (let attempt = 0; ; attempt++) {
      const response = await baseFetch(input.clone());
      if ((response.status !== 429 && response.status !== 503) || attempt >= maxRetries) {
        return response;
      }
      const seconds = Number(response.headers.get("Retry-After") ?? "1");
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number.isFinite(seconds) ? seconds : 1, 30) * 1000));
    }
  };
  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/+$/, ""), fetch: retryingFetch });
  client.use(requestHeaders(options), problemsAsErrors());
  return client;
}

function requestHeaders(options: JicengClientOptions): Middleware {
  return {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await options.token()}`);
      request.headers.set("Accept-Language", options.language ?? "zh-CN");
      if (WRITES.has(request.method) && !request.headers.has("Idempotency-Key")) {
        request.headers.set("Idempotency-Key", crypto.randomUUID());
      }
      return request;
    },
  };
}

function problemsAsErrors(): Middleware {
  return {
    async onResponse({ response }) {
      if (response.ok) {
        return response;
      }
      let problem: Problem | undefined;
      if ((response.headers.get("Content-Type") ?? "").includes("json")) {
        problem = (await response.clone().json().catch(() => undefined)) as Problem | undefined;
      }
      const error = JicengError.from(response.status, problem, response.headers.get("X-Request-Id") ?? undefined);
      if (error instanceof RateLimitError) {
        error.retryAfterSeconds = Number(response.headers.get("Retry-After") ?? "1");
      }
      throw error;
    },
  };
}

/**
 * The `If-Match` header for a change to a record at `version` (the `version` of the record as read, or its
 * `ETag`): a change made meanwhile by someone else then fails with a {@link VersionMismatchError} instead of being
 * overwritten.
 */
export function ifMatch(version: number | string): { "If-Match": string } {
  const tag = typeof version === "number" ? `"${version}"` : version;
  return { "If-Match": tag };
}
