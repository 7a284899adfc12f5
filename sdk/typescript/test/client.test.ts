import { beforeAll, describe, expect, it } from "vitest";
import {
  clientCredentials,
  ConflictError,
  createJicengClient,
  ifMatch,
  InvalidRequestError,
  type JicengClient,
  NotFoundError,
  VersionMismatchError,
  type components,
} from "../src/index.js";
import { live, missing } from "./live.js";

type Grid = components["schemas"]["Grid"];

describe.skipIf(missing.length > 0)("the client against the live platform", () => {
  const sent: Request[] = [];
  let jiceng: JicengClient;
  let other: JicengClient;
  let root: Grid;
  let street: Grid;

  const recording: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    sent.push(request.clone());
    return fetch(request);
  };

  beforeAll(async () => {
    jiceng = createJicengClient({
      baseUrl: live.baseUrl,
      token: clientCredentials({ issuer: live.issuer, clientId: live.clientId, clientSecret: live.clientSecret }),
      language: "en",
      fetch: recording,
    });
    other = createJicengClient({
      baseUrl: live.baseUrl,
      token: clientCredentials({
        issuer: live.otherIssuer,
        clientId: live.otherClientId,
        clientSecret: live.otherClientSecret,
      }),
    });
    const { data } = await jiceng.GET("/api/v1/grids", {});
    expect(data?.data?.length).toBeGreaterThan(0);
    root = data!.data![0]!;
    street = await createStreet();
  });

  /** A street of its own under the tenant's root; segments 690-699 are this suite's. */
  async function createStreet(): Promise<Grid> {
    for (let segment = 690; segment <= 699; segment++) {
      try {
        const { data, response } = await jiceng.POST("/api/v1/grids", {
          body: { parentId: root.id, level: "STREET", code: `${root.code}${segment}`, name: `TypeScript 街道 ${segment}` },
        });
        expect(response.status).toBe(201);
        return data!;
      } catch (e) {
        if (!(e instanceof ConflictError)) {
          throw e;
        }
      }
    }
    throw new Error("no free street segment in 690-699 under the root");
  }

  it("reads typed pages with a client-credentials token", async () => {
    const { data } = await jiceng.GET("/api/v1/grids/{id}/descendants", {
      params: { path: { id: root.id! }, query: { limit: 500 } },
    });
    expect(data?.data?.some((g) => g.id === street.id)).toBe(true);
    expect(sent.at(-1)?.headers.get("Authorization")).toMatch(/^Bearer .+/);
  });

  it("sends an Idempotency-Key with every write, and a replay returns the first answer", async () => {
    const created = sent.find((r) => r.method === "POST" && r.url.endsWith("/api/v1/grids"));
    const key = created?.headers.get("Idempotency-Key");
    expect(key).toMatch(/^[0-9a-f-]{36}$/);

    const body = { parentId: street.id, level: "COMMUNITY" as const, code: `${street.code}001`, name: "重放社区" };
    const first = await jiceng.POST("/api/v1/grids", { body, headers: { "Idempotency-Key": `ts-${street.id}` } });
    const again = await jiceng.POST("/api/v1/grids", { body, headers: { "Idempotency-Key": `ts-${street.id}` } });
    expect(again.data?.id).toBe(first.data?.id);
  });

  it("changes a record only at the version it read (If-Match)", async () => {
    const read = await jiceng.GET("/api/v1/grids/{id}", { params: { path: { id: street.id! } } });
    const version = read.data!.version!;
    const changed = await jiceng.PATCH("/api/v1/grids/{id}", {
      params: { path: { id: street.id! }, header: ifMatch(version) },
      body: { population: 1234 },
    });
    expect(changed.data?.population).toBe(1234);
    expect(changed.data?.version).toBeGreaterThan(version);

    const stale = jiceng.PATCH("/api/v1/grids/{id}", {
      params: { path: { id: street.id! }, header: ifMatch(version) },
      body: { population: 1 },
    });
    await expect(stale).rejects.toBeInstanceOf(VersionMismatchError);
  });

  it("throws typed problems with the field errors and the request id", async () => {
    const bad = await jiceng
      .POST("/api/v1/grids", { body: { parentId: street.id, level: "COMMUNITY", code: "", name: "" } })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InvalidRequestError);
    const error = bad as InvalidRequestError;
    expect(error.status).toBe(400);
    expect(error.problem?.type).toMatch(/^https:\/\//);
    expect(error.requestId).toBeTruthy();
    expect(error.fieldErrors.map((f) => f.field)).toContain("code");

    const missingGrid = jiceng.GET("/api/v1/grids/{id}", {
      params: { path: { id: "00000000-0000-4000-8000-000000000000" } },
    });
    await expect(missingGrid).rejects.toBeInstanceOf(NotFoundError);
  });

  it("sees nothing of another tenant: its grid is not found, its patch is refused the same way", async () => {
    await expect(other.GET("/api/v1/grids/{id}", { params: { path: { id: street.id! } } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      other.PATCH("/api/v1/grids/{id}", {
        params: { path: { id: street.id! }, header: ifMatch(1) },
        body: { name: "不属于我" },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
