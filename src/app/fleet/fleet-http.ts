import type { IncomingMessage, ServerResponse } from "node:http";
import { countFleet } from "../../core/fleet-batches.ts";
import { instanceUpdateState } from "../../core/instance-update.ts";
import { desiredVersionOf } from "../../core/instance-update.ts";
import { compareInstanceIds } from "../../core/fleet-state.ts";
import type { FleetRefusal, FleetService, InstanceReport } from "../../engine/fleet-service.ts";
import type { SchemaName } from "../../manifest/schema-files.ts";
import { validateAgainst } from "../../manifest/schema-validator.ts";
import { checkFleetToken } from "./fleet-token.ts";

/** Bodies above this are refused with 413 before a byte is parsed. */
export const FLEET_BODY_LIMIT = 4096;
/** Every path of the API starts here; the version is part of the path so a v2 can live beside it. */
export const FLEET_API_PREFIX = "/ferry/v1/";

const INSTANCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const DEPLOYMENT = /^[a-z0-9][a-z0-9-]{0,62}$/;

export interface FleetHttpOptions {
  /** The key tokens are signed with; undefined turns the API off (503). */
  readonly key: () => Promise<Uint8Array | undefined>;
  /** The fleet service of a repository a token names, or undefined when ferry does not serve it. */
  readonly serviceFor: (repository: string) => Promise<FleetService | undefined>;
}

type Route =
  | { readonly kind: "register" | "heartbeat"; readonly deployment: string; readonly id: string }
  | { readonly kind: "list"; readonly deployment: string };

/**
 * The fleet API as a node `(req, res)` handler: Probot's `addHandler` mounts it in the App, and
 * `ferry serve --local` in its own server. Answers `true` when the request was for the API.
 * Order matters: route, then token (401 before anything is read or changed), then body size
 * (413 before parsing), then schema (400), then the service.
 */
export function fleetHttpHandler(options: FleetHttpOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = req.url ?? "";
    if (!url.startsWith(FLEET_API_PREFIX)) return false;
    const route = routeOf(req.method ?? "", url.split("?")[0] ?? "");
    if (route === undefined) return send(res, 404, { error: "not-found" });
    if (typeof route === "string") return send(res, 405, { error: "method-not-allowed" }, { allow: route });
    const key = await options.key();
    if (key === undefined) return send(res, 503, { error: "fleet-api-off", detail: "no fleet secret configured" });
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    const checked = bearer === undefined ? undefined : checkFleetToken(key, bearer);
    if (!checked?.ok || checked.scope.deployment !== route.deployment) return unauthorized(res);
    const service = await options.serviceFor(checked.scope.repository);
    if (service === undefined) return unauthorized(res);
    const record = await service.recordOf(route.deployment);
    if (record.generation !== checked.scope.generation) return unauthorized(res);

    if (route.kind === "list") {
      const listed = await service.inventory(route.deployment);
      if (!listed.ok) return refused(res, listed.reason);
      const { record: fleet, instances, spec } = listed;
      const degraded = spec.fleet?.degraded ?? "block";
      const counts = countFleet(instances, fleet.state, degraded);
      const rollout = fleet.state.rollout;
      return send(res, 200, {
        deployment: route.deployment,
        rollout: rollout && {
          version: rollout.version,
          kind: rollout.kind,
          phase: rollout.phase,
          batch: rollout.batches,
        },
        counts: { total: counts.total, byStatus: counts.byStatus, byUpdate: counts.byUpdate },
        instances: [...instances.values()]
          .sort((a, b) => compareInstanceIds(a.id, b.id))
          .map((i) => ({
            ...i,
            desiredVersion: desiredVersionOf(i, fleet.state),
            update: instanceUpdateState(i, fleet.state, degraded),
          })),
      });
    }

    const body = await readBody(req);
    if (body === "too-large") return send(res, 413, { error: "body-too-large", limit: FLEET_BODY_LIMIT });
    let value: unknown;
    try {
      value = body.length === 0 ? {} : JSON.parse(body.toString("utf8"));
    } catch {
      return send(res, 400, { error: "not-json" });
    }
    const schema: SchemaName = route.kind === "register" ? "fleet-registration" : "fleet-heartbeat";
    const problems = validateAgainst(schema, value);
    if (problems.length > 0)
      return send(res, 400, {
        error: "invalid-body",
        problems: problems.map(({ path, message }) => ({ path, message })),
      });
    const answer = await service.report(route.deployment, route.id, value as InstanceReport);
    if (!answer.ok) return refused(res, answer.reason);
    const { ok: _, ...reply } = answer;
    return send(res, route.kind === "register" ? 201 : 200, reply);
  };
}

/** The route, the methods the path allows (as an `Allow` header) when the method is wrong, or undefined. */
function routeOf(method: string, path: string): Route | string | undefined {
  const parts = path.slice(FLEET_API_PREFIX.length).split("/").map(decodeSegment);
  const [top, deployment, instances, id, heartbeat, ...rest] = parts;
  if (top !== "deployments" || deployment === undefined || !DEPLOYMENT.test(deployment)) return undefined;
  if (instances !== "instances" || rest.length > 0) return undefined;
  if (id === undefined || id === "") return method === "GET" ? { kind: "list", deployment } : "GET";
  if (!INSTANCE_ID.test(id)) return undefined;
  if (heartbeat === undefined) return method === "POST" ? { kind: "register", deployment, id } : "POST";
  if (heartbeat !== "heartbeat") return undefined;
  return method === "PUT" ? { kind: "heartbeat", deployment, id } : "PUT";
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "\u0000";
  }
}

/**
 * The body, or `too-large` as soon as it passes the limit: by its declared length, or while it
 * streams in (the rest is then read and dropped). Events, not `for await`: an async iterator per
 * request took about 7% of the server's CPU per heartbeat.
 */
function readBody(req: IncomingMessage): Promise<Buffer | "too-large"> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > FLEET_BODY_LIMIT) {
    req.resume();
    return Promise.resolve("too-large");
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= FLEET_BODY_LIMIT) return void chunks.push(chunk);
      req.off("data", onData);
      req.resume();
      resolve("too-large");
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
    // After `end` this changes nothing; before it, the client went away mid-body.
    req.once("close", () => reject(new Error("the request closed before its body was read")));
  });
}

const REFUSAL_STATUS: Record<FleetRefusal, number> = {
  "unknown-deployment": 404,
  "not-a-fleet": 409,
  "inventory-full": 507,
};

function refused(res: ServerResponse, reason: FleetRefusal): true {
  return send(res, REFUSAL_STATUS[reason], { error: reason });
}

/** One answer for every token problem, so a caller learns nothing about which part was wrong. */
function unauthorized(res: ServerResponse): true {
  return send(res, 401, { error: "unauthorized" }, { "www-authenticate": 'Bearer realm="ferry fleet"' });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
  return true;
}
