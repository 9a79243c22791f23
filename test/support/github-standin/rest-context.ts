import type { IncomingHttpHeaders } from "node:http";
import type { AuthService, Principal } from "./auth-service.ts";
import type { PullRequests } from "./pull-requests.ts";
import { HttpError } from "./http-error.ts";
import type { Renderer } from "./renderer.ts";
import type { RepoEvents } from "./repo-events.ts";
import type { RepoWriter } from "./repo-writer.ts";
import type { RepoRecord, StandinState, UserRecord } from "./standin-state.ts";
import type { WorkflowRunner } from "./workflow-runner.ts";

/** Everything handlers work with. */
export interface StandinServices {
  state: StandinState;
  render: Renderer;
  events: RepoEvents;
  writer: RepoWriter;
  auth: AuthService;
  runner: WorkflowRunner;
  pulls: PullRequests;
}

/** One REST request, validated against GitHub's description. */
export interface RestContext {
  services: StandinServices;
  operationId: string;
  method: string;
  /** Path and query parameters, coerced to the declared types. */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  // The body is checked against GitHub's schema before a handler sees it; handlers read the fields they need.
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  principal: Principal;
  /** The repository named by `{owner}/{repo}`, already checked to be reachable by the caller. */
  repo: RepoRecord;
  /** Who GitHub would record as acting: the app's bot user. */
  actor: UserRecord;
  /** Full URL of the request (for Link headers). */
  url: URL;
}

/** What a handler answers; `raw` bodies (e.g. `application/vnd.github.raw`) are sent as they are. */
export interface RestResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: { contentType: string; data: Buffer };
}

export type RestHandler = (ctx: RestContext) => Promise<RestResult> | RestResult;

/** A handler table keyed by operationId. */
export type HandlerTable = Record<string, RestHandler>;

/** An integer path or query parameter. */
export function intParam(ctx: RestContext, name: string): number {
  const value = ctx.params[name] ?? ctx.query[name];
  if (typeof value !== "number") throw HttpError.notFound();
  return value;
}

/** A string path or query parameter. */
export function strParam(ctx: RestContext, name: string): string {
  const value = ctx.params[name] ?? ctx.query[name];
  if (typeof value !== "string") throw HttpError.notFound();
  return value;
}

/** An optional query parameter as a string. */
export function optQuery(ctx: RestContext, name: string): string | undefined {
  const value = ctx.query[name];
  return value === undefined ? undefined : String(value);
}

/** GitHub's page/per_page pagination with a Link header Octokit's paginate() follows. */
export function paginate<T>(ctx: RestContext, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query["per_page"] ?? 30), 1), 100);
  const page = Math.max(Number(ctx.query["page"] ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string): string => {
    const url = new URL(ctx.url);
    url.searchParams.set("per_page", String(perPage));
    url.searchParams.set("page", String(n));
    return `<${url.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(", ") } : {},
  };
}

/** A JSON 200 with pagination applied. */
export function pagedResult<T>(ctx: RestContext, items: T[], wrap?: (page: T[]) => unknown): RestResult {
  const { page, headers } = paginate(ctx, items);
  return { status: 200, body: wrap ? wrap(page) : page, headers };
}
