import type { Renderer } from "./renderer.ts";
import type { CommentRecord, IssueRecord, LabelRecord, RepoRecord } from "./standin-state.ts";

type Json = Record<string, unknown>;

/** Figures only git can give, computed by the caller for full pull request bodies. */
export interface PullStats {
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
  mergeable: boolean | null;
  baseSha: string;
  /** Where the pull request's commits and files start. */
  mergeBase: string;
}

/** A `label`. */
export function renderLabel(r: Renderer, repo: RepoRecord, label: LabelRecord): Json {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${r.api}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

/** Labels of an issue, in the order they were added. */
export function renderIssueLabels(r: Renderer, repo: RepoRecord, issue: IssueRecord): Json[] {
  return issue.labels
    .map((name) => repo.labels.get(name.toLowerCase()))
    .filter((l): l is LabelRecord => !!l)
    .map((l) => renderLabel(r, repo, l));
}

/** An `issue-comment`. */
export function renderComment(r: Renderer, repo: RepoRecord, c: CommentRecord): Json {
  return r.conform("issue-comment", {
    id: c.id,
    node_id: c.nodeId,
    url: `${r.api}/repos/${repo.fullName}/issues/comments/${c.id}`,
    html_url: `${r.state.htmlUrl}/${repo.fullName}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${r.api}/repos/${repo.fullName}/issues/${c.issueNumber}`,
    body: c.body,
    user: r.user(c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.type === "Bot" ? "NONE" : "MEMBER",
  });
}

/** An `issue` (pull requests are issues too, with a `pull_request` link block). */
export function renderIssue(r: Renderer, repo: RepoRecord, issue: IssueRecord): Json {
  const url = `${r.api}/repos/${repo.fullName}/issues/${issue.number}`;
  const json: Json = {
    id: issue.id,
    node_id: issue.nodeId,
    url,
    repository_url: `${r.api}/repos/${repo.fullName}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${r.state.htmlUrl}/${repo.fullName}/${issue.pull ? "pull" : "issues"}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    title: issue.title,
    body: issue.body,
    user: r.user(issue.user),
    labels: renderIssueLabels(r, repo, issue),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: "MEMBER",
  };
  if (issue.pull) {
    json["pull_request"] = {
      url: `${r.api}/repos/${repo.fullName}/pulls/${issue.number}`,
      html_url: `${r.state.htmlUrl}/${repo.fullName}/pull/${issue.number}`,
      diff_url: `${r.state.htmlUrl}/${repo.fullName}/pull/${issue.number}.diff`,
      patch_url: `${r.state.htmlUrl}/${repo.fullName}/pull/${issue.number}.patch`,
      merged_at: issue.pull.mergedAt,
    };
  }
  return r.conform("issue", json);
}

/** A `pull-request` (with stats) or `pull-request-simple` (without). */
export function renderPull(r: Renderer, repo: RepoRecord, issue: IssueRecord, stats?: PullStats): Json {
  const pull = issue.pull!;
  const api = `${r.api}/repos/${repo.fullName}`;
  const html = `${r.state.htmlUrl}/${repo.fullName}/pull/${issue.number}`;
  const url = `${api}/pulls/${issue.number}`;
  const json: Json = {
    url,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${issue.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: r.user(issue.user),
    body: issue.body,
    labels: renderIssueLabels(r, repo, issue),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${pull.headRepo.owner.login}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      user: r.user(pull.headRepo.owner),
      repo: r.repo(pull.headRepo),
    },
    base: {
      label: `${repo.owner.login}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: stats?.baseSha ?? pull.headSha,
      user: r.user(repo.owner),
      repo: r.repo(repo),
    },
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${api}/issues/${issue.number}` },
      comments: { href: `${api}/issues/${issue.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/statuses/${pull.headSha}` },
    },
    author_association: "MEMBER",
    auto_merge: null,
    draft: pull.draft,
  };
  if (!stats) return r.conform("pull-request-simple", json);
  const merged = pull.mergedAt !== null;
  Object.assign(json, {
    merged,
    mergeable: merged || issue.state === "closed" ? null : stats.mergeable,
    rebaseable: null,
    mergeable_state: merged || issue.state === "closed" ? "unknown" : stats.mergeable === false ? "dirty" : "clean",
    merged_by: pull.mergedBy ? r.user(pull.mergedBy) : null,
    comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: stats.commits,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changedFiles,
  });
  return r.conform("pull-request", json);
}
