import type { IncomingMessage } from "node:http";
import { execute, Kind, parse, type DocumentNode, type GraphQLError, type OperationDefinitionNode } from "graphql";
import type { Principal } from "./auth-service.ts";
import type { FaultInjector } from "./fault-injector.ts";
import { graphqlDocuments } from "./graphql-documents.ts";
import { HttpError } from "./http-error.ts";
import { GraphqlMutations } from "./graphql-mutations.ts";
import { GraphqlNodes, visibleRepo } from "./graphql-resolvers.ts";
import { GraphqlTypedError, loadGraphqlSchema } from "./graphql-schema.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import type { RequestCounter } from "./request-counter.ts";
import type { StandinServices } from "./rest-context.ts";
import type { HttpAnswer } from "./rest-pipeline.ts";
import type { StandinLog } from "./standin-log.ts";

/** What the GraphQL endpoint needs. */
export interface GraphqlParts {
  services: StandinServices;
  counter: RequestCounter;
  faults: FaultInjector;
  rateLimiter: RateLimiter;
  log: StandinLog;
}

interface GraphqlRequest {
  query?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/**
 * `POST /graphql`: documents are validated against GitHub's published schema and executed with graphql-js over the
 * modelled subset (repository refs, objects, commit history, trees and blobs; `createCommitOnBranch`, `createRef`).
 * Errors keep GitHub's shape, including the top-level `type` such as `STALE_DATA`.
 */
export class GraphqlEndpoint {
  constructor(private readonly parts: GraphqlParts) {}

  /** Answers one GraphQL request. */
  async handle(req: IncomingMessage, rawBody: Buffer, requestId: string): Promise<HttpAnswer> {
    const { log, counter } = this.parts;
    let credential = "anonymous";
    let status = 200;
    let body: unknown;
    let extraHeaders: Record<string, string> = {};
    let operation = "graphql";
    try {
      let request: GraphqlRequest;
      try {
        request = JSON.parse(rawBody.toString("utf8") || "{}") as GraphqlRequest;
      } catch (cause) {
        throw new HttpError(400, "Problems parsing JSON", { violation: "invalid-request", cause });
      }
      const doc = this.parseDocument(request);
      const op = doc ? this.operationOf(doc, request.operationName) : undefined;
      const first = op?.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
      operation = `graphql:${request.operationName ?? op?.name?.value ?? (first?.kind === Kind.FIELD ? first.name.value : "unknown")}`;
      const mutation = op?.operation === "mutation";
      counter.record(operation, mutation ? "write" : "read", mutation);
      const fault = this.parts.faults.take(
        { method: "POST", operationId: operation, pathTemplate: "/graphql" },
        requestId,
      );
      if (fault) throw fault;
      const principal = this.parts.services.auth.authenticate(req.headers.authorization);
      if (principal.kind === "installation") credential = principal.token;
      if (principal.kind !== "installation")
        throw new HttpError(401, "This endpoint requires you to be authenticated.", { violation: "auth" });
      body = await this.run(doc, request, principal, operation);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      status = error.status;
      body = { message: error.message, documentation_url: "https://docs.github.com/graphql" };
      extraHeaders = error.headers;
      log.rejection({ method: "POST", path: "/graphql", operation, status, message: error.message });
      if (error.violation)
        log.violation({
          kind: error.violation,
          method: "POST",
          path: "/graphql",
          operation,
          status,
          reason: error.message,
        });
    }
    const headers = {
      ...this.parts.rateLimiter.headers(credential, "graphql"),
      ...extraHeaders,
      "content-type": "application/json; charset=utf-8",
    };
    return { status, headers, body: Buffer.from(JSON.stringify(body)) };
  }

  private parseDocument(request: GraphqlRequest): DocumentNode | undefined {
    try {
      return typeof request.query === "string" ? graphqlDocuments.parse(request.query) : undefined;
    } catch {
      return undefined;
    }
  }

  private operationOf(doc: DocumentNode, name: string | undefined): OperationDefinitionNode | undefined {
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return name ? ops.find((o) => o.name?.value === name) : ops[0];
  }

  private async run(
    doc: DocumentNode | undefined,
    request: GraphqlRequest,
    principal: Principal,
    operation: string,
  ): Promise<Record<string, unknown>> {
    const { log, services } = this.parts;
    const violation = (reason: string, kind: "graphql" | "unmodelled-endpoint" = "graphql"): void =>
      log.violation({ kind, method: "POST", path: "/graphql", operation, status: 200, reason });
    if (typeof request.query !== "string") {
      violation("no query in request body");
      return { errors: [{ message: "A query attribute must be specified and must be a string." }] };
    }
    if (!doc) {
      try {
        parse(request.query);
      } catch (error) {
        const e = error as GraphQLError;
        violation(e.message);
        return { errors: [{ message: e.message, locations: e.locations }] };
      }
    }
    const schema = await loadGraphqlSchema();
    const invalid = graphqlDocuments.validate(schema, request.query, doc!);
    if (invalid.length > 0) {
      violation(invalid.map((e) => e.message).join("; "));
      return {
        errors: invalid.map((e) => ({
          message: e.message,
          locations: e.locations,
          extensions: { code: "undefinedField" },
        })),
      };
    }
    const rootValue = {
      repository: ({ owner, name }: { owner: string; name: string }) =>
        new GraphqlNodes(
          services,
          visibleRepo(services, principal, () => services.state.repo(owner, name), `${owner}/${name}`),
        ).repository(),
      ...bindMutations(new GraphqlMutations(services, principal)),
    };
    const result = await execute({
      schema,
      document: doc!,
      rootValue,
      variableValues: request.variables ?? null,
      operationName: request.operationName ?? null,
    });
    const out: Record<string, unknown> = { data: result.data ?? null };
    if (result.errors?.length) {
      out["errors"] = result.errors.map((e) => {
        const original = e.originalError;
        const json: Record<string, unknown> = { message: e.message, locations: e.locations, path: e.path };
        if (original instanceof GraphqlTypedError) {
          json["type"] = original.type;
          if (original.violation)
            violation(e.message, original.violation === "unmodelled-endpoint" ? "unmodelled-endpoint" : "graphql");
          else
            log.rejection({
              method: "POST",
              path: "/graphql",
              operation,
              status: 200,
              message: `${original.type}: ${e.message}`,
            });
        } else if (original) {
          // A resolver crash is a stand-in bug.
          violation(`stand-in crashed: ${original.stack ?? original.message}`);
        } else {
          violation(e.message);
        }
        return json;
      });
    }
    return out;
  }
}

function bindMutations(m: GraphqlMutations): Record<string, unknown> {
  return { createCommitOnBranch: m.createCommitOnBranch.bind(m), createRef: m.createRef.bind(m) };
}
