import { HttpError } from "../http-error.ts";
import { renderCommit } from "../render-git.ts";
import { APP_PERMISSIONS } from "../renderer.ts";
import type { HandlerTable, RestContext, RestResult } from "../rest-context.ts";
import { intParam, pagedResult, strParam } from "../rest-context.ts";
import type { Permission, RepoRecord } from "../standin-state.ts";

function installationOf(ctx: RestContext): number {
  const id = intParam(ctx, "installation_id");
  if (!ctx.services.state.installations.has(id)) throw HttpError.notFound();
  return id;
}

function createToken(ctx: RestContext): RestResult {
  const id = installationOf(ctx);
  const state = ctx.services.state;
  const body = (ctx.body ?? {}) as { repositories?: string[]; repository_ids?: number[] };
  const reachable = state.reposOf(id);
  let scoped: RepoRecord[] | undefined;
  if (body.repositories || body.repository_ids) {
    scoped = [];
    for (const name of body.repositories ?? [])
      scoped.push(...reachable.filter((r) => r.name.toLowerCase() === name.toLowerCase()));
    for (const rid of body.repository_ids ?? []) scoped.push(...reachable.filter((r) => r.id === rid));
    const wanted = (body.repositories?.length ?? 0) + (body.repository_ids?.length ?? 0);
    if (scoped.length < wanted)
      throw new HttpError(
        422,
        "There is at least one repository that does not exist or is not accessible to the parent installation.",
      );
  }
  const { token, expiresAt } = ctx.services.auth.issueToken(id, scoped ? new Set(scoped.map((r) => r.id)) : undefined);
  const json: Record<string, unknown> = {
    token,
    expires_at: expiresAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
    permissions: APP_PERMISSIONS,
    repository_selection: "selected",
  };
  if (scoped) json["repositories"] = scoped.map((r) => ctx.services.render.repo(r));
  return { status: 201, body: json };
}

function repoInstallation(ctx: RestContext): RestResult {
  const id = ctx.repo.installationId;
  const inst = id === undefined ? undefined : ctx.services.state.installations.get(id);
  if (!inst) throw HttpError.notFound();
  return { status: 200, body: ctx.services.render.installation(inst) };
}

function accountInstallation(ctx: RestContext, param: "org" | "username"): RestResult {
  const login = strParam(ctx, param).toLowerCase();
  const inst = [...ctx.services.state.installations.values()].find((i) => i.account.login.toLowerCase() === login);
  if (!inst) throw HttpError.notFound();
  return { status: 200, body: ctx.services.render.installation(inst) };
}

function installationRepos(ctx: RestContext): RestResult {
  const principal = ctx.principal;
  if (principal.kind !== "installation") throw HttpError.notFound();
  const repos = ctx.services.state
    .reposOf(principal.installationId)
    .filter((r) => !principal.repositoryIds || principal.repositoryIds.has(r.id));
  return pagedResult(ctx, repos, (page) => ({
    total_count: repos.length,
    repositories: page.map((r) => ctx.services.render.repo(r)),
    repository_selection: "selected",
  }));
}

/** GitHub reports `permission` in the old four-level scale and `role_name` in the new one. */
const LEGACY: Record<Permission, string> = {
  admin: "admin",
  maintain: "write",
  write: "write",
  triage: "read",
  read: "read",
  none: "none",
};

function collaboratorPermission(ctx: RestContext): RestResult {
  const login = strParam(ctx, "username");
  const user = ctx.services.state.users.get(login.toLowerCase());
  if (!user) throw new HttpError(404, `${login} is not a user`);
  const role = ctx.repo.permissions.get(login.toLowerCase()) ?? "none";
  const permissions = {
    admin: role === "admin",
    maintain: role === "admin" || role === "maintain",
    push: ["admin", "maintain", "write"].includes(role),
    triage: role !== "read" && role !== "none",
    pull: role !== "none",
  };
  return {
    status: 200,
    body: {
      permission: LEGACY[role],
      role_name: role,
      user: ctx.services.render.conform("collaborator", {
        ...ctx.services.render.user(user),
        permissions,
        role_name: role,
      }),
    },
  };
}

async function getBranch(ctx: RestContext): Promise<RestResult> {
  const name = strParam(ctx, "branch");
  const sha = await ctx.repo.store.refSha(`refs/heads/${name}`);
  if (!sha) throw new HttpError(404, "Branch not found");
  const r = ctx.services.render;
  const url = `${r.api}/repos/${ctx.repo.fullName}/branches/${name}`;
  return {
    status: 200,
    body: r.conform("branch-with-protection", {
      name,
      commit: renderCommit(r, ctx.repo, (await ctx.repo.store.readCommit(sha))!),
      _links: { html: `${r.state.htmlUrl}/${ctx.repo.fullName}/tree/${name}`, self: url },
      protected: false,
      protection: { enabled: false, required_status_checks: { enforcement_level: "off", contexts: [], checks: [] } },
      protection_url: `${url}/protection`,
    }),
  };
}

async function listBranches(ctx: RestContext): Promise<RestResult> {
  const refs = await ctx.repo.store.listRefs("refs/heads/");
  const r = ctx.services.render;
  return pagedResult(ctx, refs, (page) =>
    page.map((ref) => ({
      name: ref.ref.slice(11),
      commit: { sha: ref.sha, url: `${r.api}/repos/${ctx.repo.fullName}/commits/${ref.sha}` },
      protected: false,
    })),
  );
}

/** The app, its installations and tokens, repository metadata and collaborator permissions. */
export const appsHandlers: HandlerTable = {
  "apps/get-authenticated": (ctx) => ({ status: 200, body: ctx.services.render.app() }),
  "apps/list-installations": (ctx) =>
    pagedResult(ctx, [...ctx.services.state.installations.values()], (page) =>
      page.map((i) => ctx.services.render.installation(i)),
    ),
  "apps/get-installation": (ctx) => ({
    status: 200,
    body: ctx.services.render.installation(ctx.services.state.installations.get(installationOf(ctx))!),
  }),
  "apps/create-installation-access-token": createToken,
  "apps/get-repo-installation": repoInstallation,
  "apps/get-org-installation": (ctx) => accountInstallation(ctx, "org"),
  "apps/get-user-installation": (ctx) => accountInstallation(ctx, "username"),
  "apps/list-repos-accessible-to-installation": installationRepos,
  "repos/get": (ctx) => ({ status: 200, body: ctx.services.render.repo(ctx.repo, "full-repository") }),
  "repos/get-branch": getBranch,
  "repos/list-branches": listBranches,
  "repos/get-collaborator-permission-level": collaboratorPermission,
};
