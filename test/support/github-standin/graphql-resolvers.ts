import type { Principal } from "./auth-service.ts";
import { GraphqlTypedError } from "./graphql-schema.ts";
import { Ids } from "./ids.ts";
import type { StandinServices } from "./rest-context.ts";
import type { RepoRecord } from "./standin-state.ts";

type Source = Record<string, unknown>;
interface PageArgs {
  first?: number;
  last?: number;
  after?: string;
}

/** GitHub's pagination rules: `first` or `last` is required and at most 100. */
function pageSize(args: PageArgs, field: string): number {
  const n = args.first ?? args.last;
  if (n === undefined)
    throw new GraphqlTypedError(
      "MISSING_PAGINATION_BOUNDARIES",
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
      "graphql",
    );
  if (n > 100)
    throw new GraphqlTypedError(
      "EXCESSIVE_PAGINATION",
      `Requesting ${n} records on the \`${field}\` connection exceeds the \`first\` limit of 100 records.`,
      "graphql",
    );
  return n;
}

function connection(nodes: Source[], offset: number, total: number): Source {
  const cursor = (i: number): string => Buffer.from(`cursor:${offset + i}`).toString("base64");
  return {
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: cursor(i) })),
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + nodes.length < total,
      hasPreviousPage: offset > 0,
      startCursor: nodes.length ? cursor(0) : null,
      endCursor: nodes.length ? cursor(nodes.length - 1) : null,
    },
  };
}

function offsetOf(after: string | undefined): number {
  if (!after) return 0;
  const m = /^cursor:(\d+)$/.exec(Buffer.from(after, "base64").toString("utf8"));
  return m ? Number(m[1]) + 1 : 0;
}

/** Builds GraphQL source objects over git state for one repository. */
export class GraphqlNodes {
  constructor(
    private readonly services: StandinServices,
    private readonly repo: RepoRecord,
  ) {}

  /** A `Repository`. */
  repository(): Source {
    const repo = this.repo;
    return {
      __typename: "Repository",
      id: repo.nodeId,
      databaseId: repo.id,
      name: repo.name,
      nameWithOwner: repo.fullName,
      isPrivate: repo.private,
      url: `${this.services.state.htmlUrl}/${repo.fullName}`,
      owner: {
        __typename: repo.owner.type === "Organization" ? "Organization" : "User",
        login: repo.owner.login,
        id: repo.owner.nodeId,
      },
      defaultBranchRef: () => this.ref(`refs/heads/${repo.defaultBranch}`),
      ref: ({ qualifiedName }: { qualifiedName: string }) => this.ref(qualifiedName),
      object: ({ expression, oid }: { expression?: string; oid?: string }) => this.object(expression ?? oid ?? ""),
    };
  }

  /** A `Ref` by fully qualified or short name (fully qualified matches first, as GitHub documents). */
  async ref(name: string): Promise<Source | null> {
    const candidates = name.startsWith("refs/") ? [name] : [`refs/heads/${name}`, `refs/tags/${name}`];
    for (const full of candidates) {
      const sha = await this.repo.store.refSha(full);
      if (!sha) continue;
      const prefix = full.replace(/[^/]+$/, "").replace(/^(refs\/[^/]+\/).*$/, "$1");
      return {
        __typename: "Ref",
        id: Ids.nodeId("Ref", `${this.repo.id}:${full}`),
        name: full.slice(prefix.length),
        prefix,
        target: () => this.object(sha),
        repository: () => this.repository(),
      };
    }
    return null;
  }

  /** A `Commit`, `Tree` or `Blob` for a sha or `rev:path` expression; null if there is none. */
  async object(expression: string): Promise<Source | null> {
    if (/\s/.test(expression) || expression === "") return null;
    const obj = await this.repo.store.readObject(expression);
    if (!obj) return null;
    if (obj.type === "commit") return this.commit(obj.sha);
    if (obj.type === "tree") return this.tree(obj.sha);
    if (obj.type === "blob") return this.blob(obj.sha, obj.content);
    return null;
  }

  /** A `Blob`. */
  blob(sha: string, content: Buffer): Source {
    const binary = content.includes(0);
    return {
      __typename: "Blob",
      id: Ids.nodeId("Blob", sha),
      oid: sha,
      abbreviatedOid: sha.slice(0, 7),
      byteSize: content.length,
      isBinary: binary,
      isTruncated: false,
      text: binary ? null : content.toString("utf8"),
    };
  }

  /** A `Tree` with lazily read entries. */
  tree(sha: string): Source {
    return {
      __typename: "Tree",
      id: Ids.nodeId("Tree", sha),
      oid: sha,
      abbreviatedOid: sha.slice(0, 7),
      entries: async () =>
        (await this.repo.store.readTree(sha)).map((e) => ({
          __typename: "TreeEntry",
          name: e.path,
          path: e.path,
          type: e.type,
          oid: e.sha,
          mode: parseInt(e.mode, 8),
          size: e.size ?? 0,
          extension: e.type === "blob" && e.path.includes(".") ? e.path.slice(e.path.lastIndexOf(".")) : null,
          object: () => this.object(e.sha),
        })),
    };
  }

  /** A `Commit` with history and parents as connections. */
  async commit(sha: string): Promise<Source | null> {
    const c = await this.repo.store.readCommit(sha);
    if (!c) return null;
    const [headline, ...rest] = c.message.split("\n");
    const actor = (p: typeof c.author): Source => ({ name: p.name, email: p.email, date: p.date, user: null });
    return {
      __typename: "Commit",
      id: Ids.nodeId("Commit", sha),
      oid: sha,
      abbreviatedOid: sha.slice(0, 7),
      message: c.message,
      messageHeadline: headline ?? "",
      messageBody: rest.join("\n").trim(),
      committedDate: c.committer.date,
      authoredDate: c.author.date,
      author: actor(c.author),
      committer: actor(c.committer),
      url: `${this.services.state.htmlUrl}/${this.repo.fullName}/commit/${sha}`,
      commitUrl: `${this.services.state.htmlUrl}/${this.repo.fullName}/commit/${sha}`,
      tree: () => this.tree(c.tree),
      parents: async (args: PageArgs) => {
        const n = pageSize(args, "parents");
        const nodes = [];
        for (const p of c.parents.slice(0, n)) nodes.push((await this.commit(p))!);
        return connection(nodes, 0, c.parents.length);
      },
      history: async (args: PageArgs & { path?: string; since?: string; until?: string }) => {
        const n = pageSize(args, "history");
        const revArgs = [sha];
        if (args.since) revArgs.push(`--since=${args.since}`);
        if (args.until) revArgs.push(`--until=${args.until}`);
        if (args.path) revArgs.push("--", args.path);
        const all = await this.repo.store.revList(revArgs);
        const offset = offsetOf(args.after);
        const nodes = [];
        for (const s of all.slice(offset, offset + n)) nodes.push((await this.commit(s))!);
        return connection(nodes, offset, all.length);
      },
    };
  }
}

/** Finds a repository the caller may see, or GitHub's NOT_FOUND error. */
export function visibleRepo(
  services: StandinServices,
  principal: Principal,
  find: () => RepoRecord | undefined,
  label: string,
): RepoRecord {
  const repo = find();
  const reachable =
    repo &&
    principal.kind === "installation" &&
    repo.installationId === principal.installationId &&
    (!principal.repositoryIds || principal.repositoryIds.has(repo.id));
  if (!repo || !reachable)
    throw new GraphqlTypedError("NOT_FOUND", `Could not resolve to a Repository with the name '${label}'.`);
  return repo;
}
