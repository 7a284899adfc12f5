/**
 * The live platform the tests run against, from the environment: JICENG_BASE_URL, and a tenant administrator's
 * machine client (JICENG_ISSUER, JICENG_CLIENT_ID, JICENG_CLIENT_SECRET) and one of another tenant
 * (JICENG_OTHER_ISSUER, JICENG_OTHER_CLIENT_ID, JICENG_OTHER_CLIENT_SECRET). The platform's integration build sets
 * them; with `dev` running, source its admin.env and set them from two tenants' lines.
 */
export interface Live {
  baseUrl: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  otherIssuer: string;
  otherClientId: string;
  otherClientSecret: string;
}

const names = {
  baseUrl: "JICENG_BASE_URL",
  issuer: "JICENG_ISSUER",
  clientId: "JICENG_CLIENT_ID",
  clientSecret: "JICENG_CLIENT_SECRET",
  otherIssuer: "JICENG_OTHER_ISSUER",
  otherClientId: "JICENG_OTHER_CLIENT_ID",
  otherClientSecret: "JICENG_OTHER_CLIENT_SECRET",
} as const;

export const missing = Object.values(names).filter((n) => !process.env[n]);

export const live: Live = Object.fromEntries(
  Object.entries(names).map(([key, env]) => [key, process.env[env] ?? ""]),
) as unknown as Live;

if (missing.length > 0) {
  console.warn(`Skipping the live-platform tests: ${missing.join(", ")} not set`);
}
