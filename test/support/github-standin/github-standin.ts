import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuthService } from "./auth-service.ts";
import { FaultInjector } from "./fault-injector.ts";
import { GitHttp } from "./git-http.ts";
import { gitEnv } from "./git-store.ts";
import { GraphqlEndpoint } from "./graphql-endpoint.ts";
import { loadOpenApiSpec } from "./load-openapi-spec.ts";
import { PullRequests } from "./pull-requests.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { Renderer } from "./renderer.ts";
import { RepoEvents } from "./repo-events.ts";
import { RepoWriter } from "./repo-writer.ts";
import { RequestCounter } from "./request-counter.ts";
import type { StandinServices } from "./rest-context.ts";
import { RestPipeline } from "./rest-pipeline.ts";
import { RestRouter } from "./rest-router.ts";
import { RestValidator } from "./rest-validator.ts";
import { standinHandlers } from "./standin-handlers.ts";
import { StandinHelpers } from "./standin-helpers.ts";
import { StandinLog } from "./standin-log.ts";
import { StandinServer } from "./standin-server.ts";
import { StandinState } from "./standin-state.ts";
import { WebhookDispatcher, type WebhookFanout } from "./webhook-dispatcher.ts";
import { WebhookPayloads } from "./webhook-payloads.ts";
import { WorkflowRunner } from "./workflow-runner.ts";

/** Events an app subscribes to unless a test says otherwise: the ones ferry handles. */
export const DEFAULT_WEBHOOK_EVENTS = [
  "push",
  "pull_request",
  "check_run",
  "workflow_run",
  "workflow_job",
  "deployment_review",
] as const;

/** How to start a stand-in. */
export interface GitHubStandinOptions {
  appId: number;
  /** The app's private key (PEM); the stand-in verifies JWTs with its public half. */
  privateKey: string;
  webhookSecret: string;
  /** Where webhooks go; several URLs model several app replicas. Can be set later with `setWebhookTargets`. */
  webhookTargets?: string[];
  /** `round-robin` (default, one replica per delivery, like a load balancer) or `all` (every replica gets every delivery). */
  webhookFanout?: WebhookFanout;
  /** Events the app subscribes to (default {@link DEFAULT_WEBHOOK_EVENTS}); `all` for every modelled event. */
  events?: readonly string[] | "all";
  appSlug?: string;
  port?: number;
}

/**
 * Starts an HTTP server on 127.0.0.1 that plays GitHub for Probot, Octokit and git: REST checked against GitHub's
 * OpenAPI description, GraphQL checked against GitHub's schema, state in real bare git repositories served over
 * smart HTTP, signed webhooks, app authentication, faults on demand and request counts.
 */
export async function startGitHubStandin(options: GitHubStandinOptions): Promise<GitHubStandin> {
  const started = performance.now();
  const root = await mkdtemp(join(tmpdir(), "ferry-github-standin-"));
  await Promise.all([mkdir(join(root, "repos")), mkdir(join(root, "home"))]);
  const spec = await loadOpenApiSpec();
  const validator = RestValidator.for(spec);
  const log = new StandinLog();
  const state = new StandinState(
    options.appId,
    options.appSlug ?? "ferry",
    join(root, "repos"),
    gitEnv(join(root, "home")),
  );
  const render = new Renderer(state, spec);
  const dispatcher = new WebhookDispatcher({
    secret: options.webhookSecret,
    targets: [...(options.webhookTargets ?? [])],
    fanout: options.webhookFanout ?? "round-robin",
    events: options.events === "all" ? "all" : new Set(options.events ?? DEFAULT_WEBHOOK_EVENTS),
    appId: options.appId,
    onBuildError: (error) =>
      log.violation({
        kind: "invalid-webhook",
        method: "POST",
        path: "(webhook)",
        operation: "webhook",
        status: 0,
        reason: `stand-in failed to build a payload: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      }),
  });
  const payloads = new WebhookPayloads(render, validator, (event, action, errors) =>
    log.violation({
      kind: "invalid-webhook",
      method: "POST",
      path: "(webhook)",
      operation: `webhook:${event}${action ? `.${action}` : ""}`,
      status: 0,
      reason: errors.slice(0, 5).join("; "),
    }),
  );
  const events = new RepoEvents(render, payloads, dispatcher);
  const services = {
    state,
    render,
    events,
    writer: new RepoWriter(events),
    auth: new AuthService(options.appId, options.privateKey),
  } as StandinServices;
  services.runner = new WorkflowRunner(services);
  services.pulls = new PullRequests(services);
  const counter = new RequestCounter();
  const faults = new FaultInjector();
  const rateLimiter = new RateLimiter();
  const rest = new RestPipeline({
    services,
    router: new RestRouter(spec),
    validator,
    handlers: standinHandlers,
    counter,
    faults,
    rateLimiter,
    log,
  });
  const graphql = new GraphqlEndpoint({ services, counter, faults, rateLimiter, log });
  const git = new GitHttp({ state, auth: services.auth, events, counter, faults });
  const server = new StandinServer(rest, graphql, git);
  state.baseUrl = await server.listen(options.port);
  return new GitHubStandin({
    services,
    dispatcher,
    counter,
    faults,
    log,
    server,
    root,
    startupMs: performance.now() - started,
  });
}

/** Internals a {@link GitHubStandin} is built from. */
export interface StandinParts {
  services: StandinServices;
  dispatcher: WebhookDispatcher;
  counter: RequestCounter;
  faults: FaultInjector;
  log: StandinLog;
  server: StandinServer;
  root: string;
  startupMs: number;
}

/** A running stand-in: URLs for clients, scenario helpers, inspection and the violation log. */
export class GitHubStandin extends StandinHelpers {
  /** REST base URL for Octokit and Probot (`baseUrl`). */
  readonly baseUrl: string;
  /** GraphQL endpoint (`baseUrl + "/graphql"`, where Octokit's graphql client looks for it). */
  readonly graphqlUrl: string;
  /** Time from start to listening, for benchmark logs. */
  readonly startupMs: number;
  /** Queue failures: `faults.next({status: 403 | 429 | 500 | 502 | 503, retryAfter?, count?, match?})`. */
  readonly faults: FaultInjector;
  /** The Actions runner: `pending()`, `start(id)`, `complete(id, conclusion)`, `execute(id, fn)`, `waitForRun()`. */
  readonly runner: WorkflowRunner;
  /** Violations, rejections, warnings and the request log. */
  readonly log: StandinLog;

  constructor(private readonly parts: StandinParts) {
    super(parts.services, parts.dispatcher);
    this.baseUrl = parts.services.state.baseUrl;
    this.graphqlUrl = `${this.baseUrl}/graphql`;
    this.startupMs = parts.startupMs;
    this.faults = parts.faults;
    this.runner = parts.services.runner;
    this.log = parts.log;
  }

  /** Requests that broke GitHub's contract and stand-in answers or webhooks that broke GitHub's description. E2E tests assert this is empty. */
  get violations(): StandinLog["violations"] {
    return this.log.violations;
  }

  /** Every error answer, including ones a correct client meets (stale sha 409, STALE_DATA, 404). */
  get rejections(): StandinLog["rejections"] {
    return this.log.rejections;
  }

  /** Requests per operation and per kind since start or the last `resetCounts()`. */
  counts(): ReturnType<RequestCounter["snapshot"]> {
    return this.parts.counter.snapshot();
  }

  /** Starts counting from zero. */
  resetCounts(): void {
    this.parts.counter.reset();
  }

  /** Stops the server and deletes the repositories. */
  async close(): Promise<void> {
    await this.parts.server.close();
    for (const repo of this.parts.services.state.repos.values()) repo.store.close();
    await rm(this.parts.root, { recursive: true, force: true });
  }
}
