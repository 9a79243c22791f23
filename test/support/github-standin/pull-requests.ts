import { HttpError } from "./http-error.ts";
import { Ids } from "./ids.ts";
import { isoTime } from "./iso-time.ts";
import type { PullStats } from "./render-pulls.ts";
import type { StandinServices } from "./rest-context.ts";
import type { IssueRecord, RepoRecord, UserRecord } from "./standin-state.ts";
import type { WebhookDelivery } from "./webhook-dispatcher.ts";

/**
 * Git figures for a pull request: commits and diff since the merge base with the base branch. After a merge the
 * merge commit's first parent stands in for the base, so a merged pull request keeps its commits and files.
 */
export async function pullStats(repo: RepoRecord, issue: IssueRecord): Promise<PullStats> {
  const pull = issue.pull!;
  const branchHead = (await repo.store.refSha(`refs/heads/${pull.baseRef}`)) ?? pull.headSha;
  const mergeParent = pull.mergeCommitSha ? (await repo.store.readCommit(pull.mergeCommitSha))?.parents[0] : undefined;
  const compareTo = mergeParent ?? branchHead;
  const mergeBase = (await repo.store.mergeBase(compareTo, pull.headSha)) ?? compareTo;
  const files = await repo.store.diff(mergeBase, pull.headSha);
  const commits = (await repo.store.revList([pull.headSha, `^${mergeBase}`])).length;
  const mergeable =
    pull.mergedAt || issue.state === "closed"
      ? null
      : !(await repo.store.mergeTrees(branchHead, pull.headSha)).conflicts;
  return {
    commits,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changedFiles: files.length,
    mergeable,
    baseSha: branchHead,
    mergeBase,
  };
}

/** What opening a pull request needs. */
export interface OpenPullInput {
  headRepo: RepoRecord;
  headRef: string;
  baseRef: string;
  title: string;
  body?: string | null;
  draft?: boolean;
  user: UserRecord;
}

/** How to merge. Rebase merges are not modelled (see README). */
export interface MergeInput {
  sha?: string;
  method?: "merge" | "squash" | "rebase";
  title?: string;
  message?: string;
  user: UserRecord;
}

/**
 * Pull request rules shared by the REST handlers and the test helpers: GitHub's validation on create, the head
 * ref kept as `refs/pull/N/head` in the base repository (fetched across for forks), and real merge commits.
 */
export class PullRequests {
  constructor(private readonly services: StandinServices) {}

  /** Opens a pull request and sends `pull_request.opened`. */
  async open(
    repo: RepoRecord,
    input: OpenPullInput,
  ): Promise<{ issue: IssueRecord; delivered: Promise<WebhookDelivery[]> }> {
    const base = await repo.store.refSha(`refs/heads/${input.baseRef}`);
    if (!base) throw HttpError.validation("PullRequest", "base", "invalid");
    const head = await input.headRepo.store.refSha(`refs/heads/${input.headRef}`);
    if (!head) throw HttpError.validation("PullRequest", "head", "invalid");
    for (const other of repo.issues.values()) {
      const p = other.pull;
      if (
        p &&
        other.state === "open" &&
        p.headRepo === input.headRepo &&
        p.headRef === input.headRef &&
        p.baseRef === input.baseRef
      ) {
        throw HttpError.validation(
          "PullRequest",
          "head",
          "custom",
          `A pull request already exists for ${input.headRepo.owner.login}:${input.headRef}.`,
        );
      }
    }
    const number = repo.nextNumber++;
    await this.fetchHead(repo, input.headRepo, input.headRef, number);
    if ((await repo.store.revList([head, `^${base}`])).length === 0) {
      await repo.store.deleteRef(`refs/pull/${number}/head`);
      throw HttpError.validation(
        "PullRequest",
        "base",
        "custom",
        `No commits between ${input.baseRef} and ${input.headRef}`,
      );
    }
    const now = isoTime();
    const ids = this.services.state.ids;
    const pullId = ids.id();
    const issue: IssueRecord = {
      number,
      id: ids.id(),
      nodeId: "",
      title: input.title,
      body: input.body ?? null,
      state: "open",
      user: input.user,
      labels: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      pull: {
        id: pullId,
        nodeId: Ids.nodeId("PullRequest", pullId),
        draft: input.draft ?? false,
        headRef: input.headRef,
        headRepo: input.headRepo,
        headSha: head,
        baseRef: input.baseRef,
        mergedAt: null,
        mergeCommitSha: null,
        mergedBy: null,
      },
    };
    issue.nodeId = Ids.nodeId("Issue", issue.id);
    repo.issues.set(number, issue);
    return { issue, delivered: this.services.events.pullRequest(repo, issue, "opened", input.user) };
  }

  /** Git figures for a full pull request body. */
  stats(repo: RepoRecord, issue: IssueRecord): Promise<PullStats> {
    return pullStats(repo, issue);
  }

  /** Merges with a real merge commit (two parents) or a squash commit, then sends `closed` (merged) and `push`. */
  async merge(
    repo: RepoRecord,
    issue: IssueRecord,
    input: MergeInput,
  ): Promise<{ sha: string; delivered: Promise<unknown> }> {
    return repo.lock.run(async () => {
      const pull = issue.pull!;
      if (issue.state !== "open" || pull.mergedAt) throw new HttpError(405, "Pull Request is not mergeable");
      if (input.sha !== undefined && input.sha !== pull.headSha)
        throw new HttpError(409, "Head branch was modified. Review and try the merge again.");
      const method = input.method ?? "merge";
      if (method === "rebase")
        throw new HttpError(422, "The stand-in does not model rebase merges.", { violation: "unmodelled-endpoint" });
      const ref = `refs/heads/${pull.baseRef}`;
      const baseSha = await repo.store.refSha(ref);
      if (!baseSha) throw new HttpError(405, "Base branch was deleted");
      const merged = await repo.store.mergeTrees(baseSha, pull.headSha);
      if (merged.conflicts) throw new HttpError(405, "Pull Request is not mergeable");
      const now = isoTime();
      const author = {
        name: input.user.login,
        email: `${input.user.id}+${input.user.login}@users.noreply.github.com`,
        date: now,
      };
      const committer = { name: "GitHub", email: "noreply@github.com", date: now };
      const title =
        input.title ??
        (method === "squash"
          ? `${issue.title} (#${issue.number})`
          : `Merge pull request #${issue.number} from ${pull.headRepo.owner.login}/${pull.headRef}`);
      const message = `${title}\n\n${input.message ?? (method === "squash" ? "" : issue.title)}`.trimEnd();
      const parents = method === "squash" ? [baseSha] : [baseSha, pull.headSha];
      const sha = await repo.store.writeCommit({ tree: merged.tree, parents, author, committer, message });
      pull.mergedAt = now;
      pull.mergeCommitSha = sha;
      pull.mergedBy = input.user;
      issue.state = "closed";
      issue.closedAt = now;
      issue.updatedAt = now;
      const update = await this.services.writer.moveRef(repo, ref, sha, {
        expected: baseSha,
        sender: input.user,
        announce: () => this.services.events.pullRequest(repo, issue, "closed", input.user),
      });
      return { sha, delivered: update.delivered };
    });
  }

  /** Closes or reopens without merging and sends `closed` / `reopened`. */
  setState(
    repo: RepoRecord,
    issue: IssueRecord,
    state: "open" | "closed",
    user: UserRecord,
  ): Promise<WebhookDelivery[]> {
    if (issue.state === state) return Promise.resolve([]);
    const now = isoTime();
    issue.state = state;
    issue.closedAt = state === "closed" ? now : null;
    issue.updatedAt = now;
    return this.services.events.pullRequest(repo, issue, state === "closed" ? "closed" : "reopened", user);
  }

  /** Keeps `refs/pull/N/head` in the base repository, as GitHub does, fetching from a fork when needed. */
  private async fetchHead(repo: RepoRecord, headRepo: RepoRecord, headRef: string, number: number): Promise<void> {
    if (headRepo === repo) {
      await repo.store.updateRef(`refs/pull/${number}/head`, (await repo.store.refSha(`refs/heads/${headRef}`))!);
    } else {
      await repo.store.run(["fetch", "--quiet", headRepo.store.dir, `+refs/heads/${headRef}:refs/pull/${number}/head`]);
    }
  }
}
