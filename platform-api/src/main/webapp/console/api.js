// Sign-in through the tenant's Keycloak realm (authorisation code + PKCE S256, keycloak-js) and calls to the
// platform API with the access token. Tokens live in this page's memory only.
const base = location.pathname.replace(/\/console\/.*$/, "");

let keycloak = null;
let tenant = null;

export class ApiError extends Error {
  constructor(status, problem, requestId) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.requestId = requestId;
  }
}

/** The tenant the page signs in to: from the URL, which keeps it across the round trip to Keycloak. */
export function tenantFromUrl() {
  const code = new URLSearchParams(location.search).get("tenant");
  return code && /^[a-z][a-z0-9-]{1,30}$/.test(code) ? code : null;
}

export async function signIn(code) {
  const where = await fetch(`${base}/console/sign-in/${encodeURIComponent(code)}`, { headers: { Accept: "application/json" } });
  if (!where.ok) {
    throw new ApiError(where.status, { detail: where.status === 404 ? "unknown tenant" : "sign-in failed" });
  }
  const cfg = await where.json();
  tenant = code;
  keycloak = new window.Keycloak({ url: cfg.keycloakUrl, realm: cfg.realm, clientId: cfg.clientId });
  const lang = new URLSearchParams(location.search).get("lang");
  const back = `${location.origin}${base}/console/?tenant=${encodeURIComponent(code)}${lang ? `&lang=${lang}` : ""}`;
  await keycloak.init({
    onLoad: "login-required", pkceMethod: "S256", checkLoginIframe: false, responseMode: "query",
    redirectUri: back, locale: lang === "en" ? "en" : "zh-CN",
  });
  return { tenant, user: keycloak.tokenParsed?.preferred_username ?? keycloak.tokenParsed?.sub };
}

export function signOut() {
  const lang = new URLSearchParams(location.search).get("lang");
  keycloak?.logout({ redirectUri: `${location.origin}${base}/console/${lang ? `?lang=${lang}` : ""}` });
}

export function currentTenant() {
  return tenant;
}

/**
 * A call to the API; problems become ApiErrors. `raw` gives a successful answer as it came (a download);
 * `upload` sends a file's bytes as they are, with its content type; `accept` asks for another media type.
 */
export async function api(method, path, { body, ifMatch, raw, upload, accept } = {}) {
  await keycloak.updateToken(30);
  const headers = { Authorization: `Bearer ${keycloak.token}`, Accept: accept ?? "application/json",
    "Accept-Language": document.documentElement.lang };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  if (upload !== undefined) {
    headers["Content-Type"] = upload.contentType;
  }
  if (ifMatch !== undefined) {
    headers["If-Match"] = `"${ifMatch}"`;
  }
  if (method !== "GET") {
    headers["Idempotency-Key"] = crypto.randomUUID();
  }
  const payload = upload !== undefined ? upload.bytes : body === undefined ? undefined : JSON.stringify(body);
  const response = await fetch(`${base}${path}`, { method, headers, body: payload });
  if (raw && response.ok) {
    return response;
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json, response.headers.get("X-Request-Id"));
  }
  return json;
}
