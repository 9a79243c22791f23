import type { IncomingMessage } from "node:http";
import { JWT_OPERATIONS, type Principal } from "./auth-service.ts";
import type { FaultInjector } from "./fault-injector.ts";
import type { SpecOperation } from "./openapi-spec.ts";
import { HttpError } from "./http-error.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import type { RequestCounter } from "./request-counter.ts";
import type { HandlerTable, RestContext, RestResult, StandinServices } from "./rest-context.ts";
import type { RestRouter } from "./rest-router.ts";
import type { RestValidator } from "./rest-validator.ts";
import type { RepoRecord } from "./standin-state.ts";
import type { StandinLog } from "./standin-log.ts";

/** A finished HTTP answer. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What the pipeline needs besides the handlers. */
export interface PipelineParts {
  services: StandinServices;
  router: RestRouter;
  validator: RestValidator;
  handlers: HandlerTable;
  counter: RequestCounter;
  faults: FaultInjector;
  rateLimiter: RateLimiter;
  log: StandinLog;
}

/**
 * One REST request, start to end: route against GitHub's description (unknown endpoints are violations), count,
 * inject faults, authenticate, validate parameters and body, run the handler, then check the answer against the
 * declared response schema so the stand-in cannot drift from GitHub without a test noticing.
 */
export class RestPipeline {
  constructor(private readonly parts: PipelineParts) {}

  /** Answers one request. */
  async handle(req: IncomingMessage, url: URL, rawBody: Buffer, requestId: string): Promise<HttpAnswer> {
    const { router, counter, log } = this.parts;
    const method = (req.method ?? "GET").toUpperCase();
    const started = performance.now();
    const match = router.match(method, url.pathname);
    if (!match) {
      counter.record("unknown", method === "GET" ? "read" : "write", false);
      log.violation({
        kind: "unknown-endpoint",
        method,
        path: url.pathname,
        operation: "unknown",
        status: 404,
        reason: `GitHub has no ${method} ${url.pathname}`,
      });
      log.rejection({ method, path: url.pathname, operation: "unknown", status: 404, message: "Not Found" });
      return json(404, HttpError.notFound().body(), {});
    }
    const op = match.operation;
    counter.recordRest(op.operationId, method);
    let credential = "anonymous";
    let result: RestResult;
    try {
      const target = { method, operationId: op.operationId, pathTemplate: op.path };
      await this.parts.faults.gateOf(target);
      const fault = this.parts.faults.take(target, requestId);
      if (fault) throw fault;
      const principal = this.parts.services.auth.authenticate(req.headers.authorization);
      credential = principal.kind === "installation" ? principal.token : principal.kind;
      result = await this.run(req, url, rawBody, op, match.params, principal);
    } catch (error) {
      result = this.errorResult(error, method, url, op.operationId);
    }
    const limits = this.parts.rateLimiter.headers(credential, "core");
    this.checkResponse(method, url, op, result);
    log.requests.push({
      method,
      path: url.pathname,
      operation: op.operationId,
      status: result.status,
      durationMs: performance.now() - started,
    });
    const headers = {
      ...limits,
      "x-github-api-version-selected": "2022-11-28",
      "x-github-media-type": "github.v3; format=json",
      ...result.headers,
    };
    if (result.raw)
      return {
        status: result.status,
        headers: { ...headers, "content-type": result.raw.contentType },
        body: result.raw.data,
      };
    if (result.body === undefined) return { status: result.status, headers, body: Buffer.alloc(0) };
    return json(result.status, result.body, headers);
  }

  private async run(
    req: IncomingMessage,
    url: URL,
    rawBody: Buffer,
    op: SpecOperation,
    pathParams: Record<string, string>,
    principal: Principal,
  ): Promise<RestResult> {
    const { services, validator, handlers, log } = this.parts;
    const jwtOnly = JWT_OPERATIONS.has(op.operationId);
    if (principal.kind === "anonymous") throw new HttpError(401, "Requires authentication", { violation: "auth" });
    if (jwtOnly && principal.kind !== "app")
      throw new HttpError(401, "A JSON web token could not be decoded", { violation: "auth" });
    if (!jwtOnly && principal.kind === "app") throw new HttpError(401, "Bad credentials", { violation: "auth" });
    let body: unknown;
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody.toString("utf8"));
      } catch (cause) {
        throw new HttpError(400, "Problems parsing JSON", { violation: "invalid-request", cause });
      }
    }
    const check = validator.validateRequest(op, pathParams, url.searchParams, body);
    for (const key of check.unknownQuery)
      log.warnings.push(`${op.operationId}: GitHub ignores query parameter "${key}"`);
    const pathErrors = check.paramErrors.filter((e) =>
      op.parameters.some((p) => p.in === "path" && e.includes(`'${p.name}'`)),
    );
    if (pathErrors.length > 0)
      throw new HttpError(404, "Not Found", { violation: "invalid-request", cause: pathErrors.join(" ") });
    const errors = [...check.paramErrors, ...check.bodyErrors];
    if (errors.length > 0)
      throw new HttpError(422, `Invalid request.\n\n${errors.join("\n")}`, { violation: "invalid-request" });
    const handler = handlers[op.operationId];
    if (!handler)
      throw new HttpError(501, `ferry's GitHub stand-in does not model ${op.operationId}`, {
        violation: "unmodelled-endpoint",
      });
    const repo = this.repoFor(check.params, principal);
    const ctx: RestContext = {
      services,
      operationId: op.operationId,
      method: (req.method ?? "GET").toUpperCase(),
      params: check.params,
      query: check.query,
      body: (body ?? {}) as Record<string, unknown>,
      headers: req.headers,
      principal,
      repo: repo as RepoRecord,
      actor:
        principal.kind === "installation" && principal.actor
          ? services.state.user(principal.actor)
          : services.state.bot,
      url,
    };
    return handler(ctx);
  }

  /** The `{owner}/{repo}` repository, visible only to installations that hold it (GitHub hides others with 404). */
  private repoFor(params: Record<string, unknown>, principal: Principal): RepoRecord | undefined {
    if (typeof params["owner"] !== "string" || typeof params["repo"] !== "string") return undefined;
    const repo = this.parts.services.state.repo(params["owner"], params["repo"]);
    if (!repo) throw HttpError.notFound();
    if (principal.kind === "installation") {
      const reachable =
        repo.installationId === principal.installationId &&
        (!principal.repositoryIds || principal.repositoryIds.has(repo.id));
      if (!reachable)
        throw new HttpError(404, "Not Found", {
          violation: "auth",
          cause: `installation ${principal.installationId} cannot reach ${repo.fullName}`,
        });
    }
    return repo;
  }

  private errorResult(error: unknown, method: string, url: URL, operation: string): RestResult {
    const { log } = this.parts;
    if (error instanceof HttpError) {
      log.rejection({ method, path: url.pathname, operation, status: error.status, message: error.message });
      if (error.violation) {
        const cause = error.cause === undefined ? "" : ` (${String(error.cause)})`;
        const details = (error.errors ?? []).map((e) => (e as { message?: string }).message).filter(Boolean);
        const reason = [error.message, ...details].join(": ") + cause;
        log.violation({ kind: error.violation, method, path: url.pathname, operation, status: error.status, reason });
      }
      return { status: error.status, body: error.body(), headers: error.headers };
    }
    // A crash is a stand-in bug; report it as one so a test fails loudly instead of seeing a plausible 500.
    const reason = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
    log.violation({
      kind: "invalid-response",
      method,
      path: url.pathname,
      operation,
      status: 500,
      reason: `stand-in crashed: ${reason}`,
    });
    log.rejection({ method, path: url.pathname, operation, status: 500, message: "Server Error" });
    return { status: 500, body: { message: "Server Error" } };
  }

  private checkResponse(method: string, url: URL, op: SpecOperation, result: RestResult): void {
    const { validator, log } = this.parts;
    const operationId = op.operationId;
    if (result.raw || result.status >= 500 || result.status === 401) return;
    if (result.status < 300 && !validator.documentsStatus(op, result.status)) {
      log.violation({
        kind: "invalid-response",
        method,
        path: url.pathname,
        operation: operationId,
        status: result.status,
        reason: `GitHub does not document status ${result.status} here`,
      });
      return;
    }
    const errors = validator.validateResponse(op, result.status, result.body);
    if (errors.length > 0) {
      log.violation({
        kind: "invalid-response",
        method,
        path: url.pathname,
        operation: operationId,
        status: result.status,
        reason: errors.slice(0, 5).join("; "),
      });
    }
  }
}

function json(status: number, body: unknown, headers: Record<string, string>): HttpAnswer {
  return {
    status,
    headers: { ...headers, "content-type": "application/json; charset=utf-8" },
    body: Buffer.from(JSON.stringify(body)),
  };
}
