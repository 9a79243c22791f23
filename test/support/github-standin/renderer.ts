import type { OpenApiSpec } from "./openapi-spec.ts";
import { schemaConform } from "./schema-conform.ts";
import type { InstallationRecord, RepoRecord, StandinState, UserRecord } from "./standin-state.ts";

type Json = Record<string, unknown>;

const REPO_URLS: Record<string, string> = {
  forks_url: "/forks",
  keys_url: "/keys{/key_id}",
  collaborators_url: "/collaborators{/collaborator}",
  teams_url: "/teams",
  hooks_url: "/hooks",
  issue_events_url: "/issues/events{/number}",
  events_url: "/events",
  assignees_url: "/assignees{/user}",
  branches_url: "/branches{/branch}",
  tags_url: "/tags",
  blobs_url: "/git/blobs{/sha}",
  git_tags_url: "/git/tags{/sha}",
  git_refs_url: "/git/refs{/sha}",
  trees_url: "/git/trees{/sha}",
  statuses_url: "/statuses/{sha}",
  languages_url: "/languages",
  stargazers_url: "/stargazers",
  contributors_url: "/contributors",
  subscribers_url: "/subscribers",
  subscription_url: "/subscription",
  commits_url: "/commits{/sha}",
  git_commits_url: "/git/commits{/sha}",
  comments_url: "/comments{/number}",
  issue_comment_url: "/issues/comments{/number}",
  contents_url: "/contents/{+path}",
  compare_url: "/compare/{base}...{head}",
  merges_url: "/merges",
  archive_url: "/{archive_format}{/ref}",
  downloads_url: "/downloads",
  issues_url: "/issues{/number}",
  pulls_url: "/pulls{/number}",
  milestones_url: "/milestones{/number}",
  notifications_url: "/notifications{?since,all,participating}",
  labels_url: "/labels{/name}",
  releases_url: "/releases{/id}",
  deployments_url: "/deployments",
};

/**
 * Turns state into GitHub's JSON shapes. URLs point at the stand-in (as GHES URLs point at the GHES host), so
 * clients that follow `url` fields or `Link` headers stay on loopback; `html_url`s keep github.com's form.
 */
export class Renderer {
  constructor(
    readonly state: StandinState,
    readonly spec: OpenApiSpec,
  ) {}

  get api(): string {
    return this.state.baseUrl;
  }

  /** Completes `value` with the schema's required fields the stand-in does not model. */
  conform<T>(schemaName: string, value: T): T {
    return schemaConform(this.spec.doc, schemaName, value, this.api) as T;
  }

  /** A `simple-user`. */
  user(user: UserRecord): Json {
    const url = `${this.api}/users/${encodeURIComponent(user.login)}`;
    return {
      login: user.login,
      id: user.id,
      node_id: user.nodeId,
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: "",
      url,
      html_url: `${this.state.htmlUrl}/${user.login.replace("[bot]", "")}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: user.type,
      user_view_type: "public",
      site_admin: false,
    };
  }

  /** A `repository` (also used, conformed, for `full-repository` and `minimal-repository`). */
  repo(repo: RepoRecord, schema: "repository" | "full-repository" | "minimal-repository" = "repository"): Json {
    const url = `${this.api}/repos/${repo.fullName}`;
    const html = `${this.state.htmlUrl}/${repo.fullName}`;
    const json: Json = {
      id: repo.id,
      node_id: repo.nodeId,
      name: repo.name,
      full_name: repo.fullName,
      owner: this.user(repo.owner),
      private: repo.private,
      html_url: html,
      description: null,
      fork: repo.parent !== undefined,
      url,
      git_url: `git://github.com/${repo.fullName}.git`,
      ssh_url: `git@github.com:${repo.fullName}.git`,
      clone_url: `${this.api}/${repo.fullName}.git`,
      svn_url: html,
      mirror_url: null,
      homepage: null,
      language: null,
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      size: 0,
      default_branch: repo.defaultBranch,
      open_issues_count: [...repo.issues.values()].filter((i) => i.state === "open").length,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: repo.private ? "private" : "public",
      pushed_at: repo.createdAt,
      created_at: repo.createdAt,
      updated_at: repo.createdAt,
      allow_forking: true,
      web_commit_signoff_required: false,
      forks: 0,
      open_issues: 0,
      watchers: 0,
      allow_merge_commit: true,
      allow_squash_merge: true,
      allow_rebase_merge: true,
      delete_branch_on_merge: false,
      license: null,
    };
    for (const [key, suffix] of Object.entries(REPO_URLS)) json[key] = `${url}${suffix}`;
    if (schema === "full-repository") {
      json["network_count"] = 0;
      json["subscribers_count"] = 0;
      if (repo.parent) {
        json["parent"] = this.repo(repo.parent);
        json["source"] = this.repo(repo.parent);
      }
    }
    return this.conform(schema, json);
  }

  /** An `integration` (the app). */
  app(): Json {
    const app = this.state.app;
    return this.conform("integration", {
      id: app.id,
      slug: app.slug,
      node_id: app.nodeId,
      client_id: `Iv1.${app.id.toString(16).padStart(16, "0")}`,
      owner: this.user(app.owner),
      name: app.name,
      description: "",
      external_url: `${this.state.htmlUrl}/apps/${app.slug}`,
      html_url: `${this.state.htmlUrl}/apps/${app.slug}`,
      created_at: app.createdAt,
      updated_at: app.createdAt,
      permissions: APP_PERMISSIONS,
      events: ["push", "pull_request", "check_run", "workflow_run", "workflow_job", "deployment_status"],
    });
  }

  /** An `installation`. */
  installation(inst: InstallationRecord): Json {
    return this.conform("installation", {
      id: inst.id,
      account: this.user(inst.account),
      repository_selection: "selected",
      access_tokens_url: `${this.api}/app/installations/${inst.id}/access_tokens`,
      repositories_url: `${this.api}/installation/repositories`,
      html_url: `${this.state.htmlUrl}/settings/installations/${inst.id}`,
      app_id: this.state.app.id,
      app_slug: this.state.app.slug,
      target_id: inst.account.id,
      target_type: inst.account.type === "Organization" ? "Organization" : "User",
      permissions: APP_PERMISSIONS,
      events: ["push", "pull_request", "check_run", "workflow_run", "workflow_job"],
      created_at: inst.createdAt,
      updated_at: inst.createdAt,
      single_file_name: null,
      has_multiple_single_files: false,
      single_file_paths: [],
      suspended_by: null,
      suspended_at: null,
    });
  }
}

/** Permissions the stand-in's app holds; the stand-in does not enforce them (see README, "Not modelled"). */
export const APP_PERMISSIONS = {
  actions: "write",
  checks: "write",
  contents: "write",
  deployments: "write",
  issues: "write",
  metadata: "read",
  pull_requests: "write",
  statuses: "write",
} as const;
