import type { Principal } from "./auth-service.ts";
import { ZERO_SHA, type TreeChange } from "./git-store.ts";
import { GraphqlNodes, visibleRepo } from "./graphql-resolvers.ts";
import { GraphqlTypedError } from "./graphql-schema.ts";
import type { StandinServices } from "./rest-context.ts";
import { RefMovedError } from "./repo-writer.ts";
import type { RepoRecord } from "./standin-state.ts";

interface CommitOnBranchInput {
  branch: { repositoryNameWithOwner?: string; branchName?: string; id?: string };
  expectedHeadOid: string;
  fileChanges?: { additions?: Array<{ path: string; contents: string }>; deletions?: Array<{ path: string }> };
  message: { headline: string; body?: string };
  clientMutationId?: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The mutations ferry uses, with GitHub's checks (STALE_DATA on a moved head). */
export class GraphqlMutations {
  constructor(
    private readonly services: StandinServices,
    private readonly principal: Principal,
  ) {}

  /** `createCommitOnBranch`: one commit with additions/deletions, only if the branch is still at `expectedHeadOid`. */
  async createCommitOnBranch({ input }: { input: CommitOnBranchInput }): Promise<Record<string, unknown>> {
    const { repo, branch } = this.branchOf(input.branch);
    const changes = this.changes(input.fileChanges ?? {});
    const ref = `refs/heads/${branch}`;
    return repo.lock.run(async () => {
      const head = await repo.store.refSha(ref);
      if (!head) throw new GraphqlTypedError("NOT_FOUND", `A ref named "${ref}" does not exist in the repository.`);
      if (head !== input.expectedHeadOid) {
        throw new GraphqlTypedError(
          "STALE_DATA",
          `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
        );
      }
      const tree = (await repo.store.readCommit(head))!.tree;
      for (const del of input.fileChanges?.deletions ?? []) {
        if (!(await repo.store.readObject(`${tree}:${del.path}`))) {
          throw new GraphqlTypedError(
            "UNPROCESSABLE",
            `A path was requested for deletion which does not exist as of commit oid \`${head}\``,
          );
        }
      }
      const treeChanges: TreeChange[] = [];
      for (const change of changes) {
        treeChanges.push(
          change.content === null
            ? { path: change.path, entry: null }
            : {
                path: change.path,
                entry: { mode: "100644", type: "blob", sha: await repo.store.writeBlob(change.content) },
              },
        );
      }
      const message = input.message.body
        ? `${input.message.headline}\n\n${input.message.body}`
        : input.message.headline;
      const bot = this.services.state.bot;
      const update = await this.services.writer.commit(repo, {
        branch,
        changes: treeChanges,
        message,
        sender: bot,
        parents: [head],
      });
      const nodes = new GraphqlNodes(this.services, repo);
      return {
        clientMutationId: input.clientMutationId ?? null,
        commit: await nodes.commit(update.sha),
        ref: await nodes.ref(ref),
      };
    });
  }

  /** `createRef`: a new ref at an existing object (repository by node id, name fully qualified). */
  async createRef({
    input,
  }: {
    input: { repositoryId: string; name: string; oid: string; clientMutationId?: string };
  }): Promise<Record<string, unknown>> {
    const repo = visibleRepo(
      this.services,
      this.principal,
      () => [...this.services.state.repos.values()].find((r) => r.nodeId === input.repositoryId),
      input.repositoryId,
    );
    if (!/^refs\/[^/]+\/.+/.test(input.name))
      throw new GraphqlTypedError(
        "UNPROCESSABLE",
        `Reference name must be fully qualified (e.g. refs/heads/main)`,
        "graphql",
      );
    return repo.lock.run(async () => {
      if (!(await repo.store.readObject(input.oid)))
        throw new GraphqlTypedError("NOT_FOUND", `Could not resolve to a GitObject with the oid '${input.oid}'.`);
      try {
        await this.services.writer.moveRef(repo, input.name, input.oid, {
          expected: ZERO_SHA,
          sender: this.services.state.bot,
        });
      } catch (error) {
        if (error instanceof RefMovedError)
          throw new GraphqlTypedError("UNPROCESSABLE", `A ref named "${input.name}" already exists in the repository.`);
        throw error;
      }
      return {
        clientMutationId: input.clientMutationId ?? null,
        ref: await new GraphqlNodes(this.services, repo).ref(input.name),
      };
    });
  }

  private branchOf(branch: CommitOnBranchInput["branch"]): { repo: RepoRecord; branch: string } {
    const state = this.services.state;
    if (branch.id) {
      const raw = Buffer.from(branch.id, "base64").toString("utf8");
      const m = /^\d+:Ref(\d+):refs\/heads\/(.+)$/.exec(raw);
      const repo = m ? [...state.repos.values()].find((r) => r.id === Number(m[1])) : undefined;
      if (!m || !repo)
        throw new GraphqlTypedError("NOT_FOUND", `Could not resolve to a node with the global id of '${branch.id}'.`);
      return { repo: visibleRepo(this.services, this.principal, () => repo, repo.fullName), branch: m[2]! };
    }
    const nwo = branch.repositoryNameWithOwner ?? "";
    const [owner, name] = nwo.split("/");
    const repo = visibleRepo(this.services, this.principal, () => state.repo(owner ?? "", name ?? ""), nwo);
    if (!branch.branchName)
      throw new GraphqlTypedError(
        "UNPROCESSABLE",
        "Either branch.id or branch.repositoryNameWithOwner and branch.branchName must be given",
        "graphql",
      );
    return { repo, branch: branch.branchName.replace(/^refs\/heads\//, "") };
  }

  private changes(
    fileChanges: NonNullable<CommitOnBranchInput["fileChanges"]>,
  ): Array<{ path: string; content: Buffer | null }> {
    const seen = new Set<string>();
    const out: Array<{ path: string; content: Buffer | null }> = [];
    for (const del of fileChanges.deletions ?? []) out.push({ path: del.path, content: null });
    for (const add of fileChanges.additions ?? []) {
      if (!BASE64.test(add.contents))
        throw new GraphqlTypedError(
          "UNPROCESSABLE",
          `Invalid base64 encoding of contents for path '${add.path}'`,
          "graphql",
        );
      out.push({ path: add.path, content: Buffer.from(add.contents, "base64") });
    }
    for (const change of out) {
      if (seen.has(change.path))
        throw new GraphqlTypedError(
          "UNPROCESSABLE",
          `Path '${change.path}' appears more than once in fileChanges`,
          "graphql",
        );
      seen.add(change.path);
    }
    return out;
  }
}
