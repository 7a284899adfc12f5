import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import openapiTS, { astToString } from "openapi-typescript";
import { live, missing } from "./live.js";

describe.skipIf(missing.length > 0)("the generated types", () => {
  it("match the document the platform serves (else: npm run generate)", async () => {
    const url = process.env.JICENG_OPENAPI_URL ?? `${live.baseUrl}/openapi`;
    const served = await fetch(url, { headers: { Accept: "application/json" } });
    expect(served.status).toBe(200);
    const regenerated = astToString(await openapiTS(await served.text()));
    const committed = await readFile(new URL("../src/schema.d.ts", import.meta.url), "utf8");
    const fresh = normalise(committed) === normalise(regenerated);
    expect(fresh, "src/schema.d.ts differs from the served document: run npm run generate").toBe(true);
  });
});

/** The CLI adds a header comment and may format whitespace differently from the API. */
function normalise(source: string): string {
  return source
    .replace(/^\/\*\*[\s\S]*?\*\/\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
}
