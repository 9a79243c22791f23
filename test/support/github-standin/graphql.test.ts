import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GitHubStandin } from "./github-standin.ts";
import { installationOctokit, startTestStandin, type TestOctokit } from "./standin-fixture.ts";

const READ = /* GraphQL */ `
  query ReadState($owner: String!, $name: String!, $ref: String!, $file: String!, $dir: String!) {
    repository(owner: $owner, name: $name) {
      id
      ref(qualifiedName: $ref) {
        name
        target {
          oid
          ... on Commit {
            history(first: 2) {
              nodes {
                oid
                message
                committedDate
              }
            }
          }
        }
      }
      file: object(expression: $file) {
        ... on Blob {
          text
          oid
        }
      }
      dir: object(expression: $dir) {
        ... on Tree {
          entries {
            name
            type
            oid
            object {
              ... on Blob {
                text
              }
            }
          }
        }
      }
    }
  }
`;

const COMMIT = /* GraphQL */ `
  mutation Commit($input: CreateCommitOnBranchInput!) {
    createCommitOnBranch(input: $input) {
      commit {
        oid
        message
      }
    }
  }
`;

interface ReadResult {
  repository: {
    id: string;
    ref: {
      name: string;
      target: { oid: string; history: { nodes: Array<{ oid: string; message: string; committedDate: string }> } };
    };
    file: { text: string; oid: string } | null;
    dir: { entries: Array<{ name: string; type: string; oid: string; object: { text?: string } }> } | null;
  };
}

describe("GraphQL against GitHub's schema", () => {
  let gh: GitHubStandin;
  let octokit: TestOctokit;
  const owner = "acme";
  let name = "";
  let repos = 0;
  const vars = () => ({ owner, name, ref: "refs/heads/main", file: "main:stages/prod.yaml", dir: "main:stages" });

  beforeAll(async () => {
    gh = await startTestStandin();
  });
  // Each test gets its own repository and client, and counts and logs only its own requests.
  beforeEach(async () => {
    name = `state-${++repos}`;
    const info = await gh.createRepo({
      owner,
      name,
      files: { "stages/prod.yaml": "state: idle\n", "stages/dev.yaml": "state: done\n" },
    });
    octokit = installationOctokit(gh, info.installationId!);
    // A client fetches its installation token with its first request; fetch it now, before counting.
    await octokit.auth({ type: "installation" });
    await gh.flushWebhooks();
    gh.log.clear();
    gh.resetCounts();
  });
  afterAll(async () => gh.close());

  it("reads refs, commit history, blobs and trees", async () => {
    await gh.push({
      owner,
      repo: name,
      actor: "dev",
      branch: "main",
      files: { "stages/dev.yaml": "state: deploying\n" },
      message: "deploy dev",
    });
    const data = await octokit.graphql<ReadResult>(READ, vars());
    const head = await gh.branchSha(owner, name, "main");
    expect(data.repository.ref.name).toBe("main");
    expect(data.repository.ref.target.oid).toBe(head);
    expect(data.repository.ref.target.history.nodes.map((n) => n.message)).toEqual(["deploy dev", "Initial commit"]);
    expect(data.repository.file?.text).toBe("state: idle\n");
    expect(data.repository.dir?.entries.map((e) => [e.name, e.type, e.object.text])).toEqual([
      ["dev.yaml", "blob", "state: deploying\n"],
      ["prod.yaml", "blob", "state: idle\n"],
    ]);
    expect(gh.counts().byOperation["graphql:ReadState"]).toBe(1);
    expect(gh.violations).toEqual([]);
  });

  it("commits on a branch with createCommitOnBranch (base64 additions and deletions) and sends push", async () => {
    const head = (await gh.branchSha(owner, name, "main"))!;
    gh.resetCounts();
    const result = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string; message: string } } }>(
      COMMIT,
      {
        input: {
          branch: { repositoryNameWithOwner: `${owner}/${name}`, branchName: "main" },
          expectedHeadOid: head,
          message: { headline: "prod: deploying", body: "by ferry" },
          fileChanges: {
            additions: [{ path: "stages/prod.yaml", contents: Buffer.from("state: deploying\n").toString("base64") }],
            deletions: [{ path: "stages/dev.yaml" }],
          },
        },
      },
    );
    const oid = result.createCommitOnBranch.commit.oid;
    expect(result.createCommitOnBranch.commit.message).toBe("prod: deploying\n\nby ferry");
    expect(await gh.branchSha(owner, name, "main")).toBe(oid);
    expect(await gh.readFile(owner, name, "main", "stages/prod.yaml")).toBe("state: deploying\n");
    expect(await gh.readFile(owner, name, "main", "stages/dev.yaml")).toBeUndefined();
    expect((await gh.commit(owner, name, oid))?.parents).toEqual([head]);
    await gh.flushWebhooks();
    expect(gh.deliveries.at(-1)?.payload).toMatchObject({
      after: oid,
      head_commit: { modified: ["stages/prod.yaml"], removed: ["stages/dev.yaml"] },
    });
    expect(gh.counts()).toMatchObject({
      total: 1,
      byOperation: { "graphql:Commit": 1 },
      byKind: { read: 0, write: 1, contentCreating: 1 },
    });
    expect(gh.violations).toEqual([]);
  });

  it("answers a moved head with GitHub's STALE_DATA error, which is a rejection and not a violation", async () => {
    const stale = "1".repeat(40);
    const input = {
      branch: { repositoryNameWithOwner: `${owner}/${name}`, branchName: "main" },
      expectedHeadOid: stale,
      message: { headline: "x" },
      fileChanges: {},
    };
    const error = await octokit.graphql(COMMIT, { input }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "GraphqlResponseError",
      errors: [
        {
          type: "STALE_DATA",
          message: `Expected branch to point to "${stale}" but it did not. Pull and try again.`,
          path: ["createCommitOnBranch"],
        },
      ],
    });
    expect(gh.violations).toEqual([]);
    expect(gh.rejections.map((r) => r.message)).toEqual([expect.stringContaining("STALE_DATA")]);
  });

  it("creates a branch with createRef", async () => {
    const head = (await gh.branchSha(owner, name, "main"))!;
    const { repository } = await octokit.graphql<ReadResult>(READ, vars());
    await octokit.graphql(
      `mutation($input: CreateRefInput!) { createRef(input: $input) { ref { name target { oid } } } }`,
      {
        input: { repositoryId: repository.id, name: "refs/heads/ferry/lock", oid: head },
      },
    );
    expect(await gh.branchSha(owner, name, "ferry/lock")).toBe(head);
    const again = await octokit
      .graphql(`mutation($input: CreateRefInput!) { createRef(input: $input) { ref { name } } }`, {
        input: { repositoryId: repository.id, name: "refs/heads/ferry/lock", oid: head },
      })
      .catch((e: unknown) => e);
    expect(again).toMatchObject({ errors: [{ message: expect.stringContaining("already exists") }] });
  });

  it("rejects documents GitHub's schema rejects, and reports unmodelled fields as errors, not nulls", async () => {
    const invalid = await octokit
      .graphql(`query { repository(owner: "acme", name: "${name}") { noSuchField } }`)
      .catch((e: unknown) => e);
    expect(invalid).toMatchObject({ errors: [{ message: expect.stringContaining("noSuchField") }] });
    expect(gh.violations.map((v) => v.kind)).toEqual(["graphql"]);
    const unmodelled = await octokit
      .graphql(`query { repository(owner: "acme", name: "${name}") { stargazerCount } }`)
      .catch((e: unknown) => e);
    expect(unmodelled).toMatchObject({
      errors: [{ message: "ferry's GitHub stand-in does not model Repository.stargazerCount" }],
    });
    expect(gh.violations.map((v) => v.kind)).toEqual(["graphql", "unmodelled-endpoint"]);
    const tooMany = await octokit
      .graphql(
        `query { repository(owner: "acme", name: "${name}") { ref(qualifiedName: "main") { target { ... on Commit { history(first: 101) { nodes { oid } } } } } } }`,
      )
      .catch((e: unknown) => e);
    expect(tooMany).toMatchObject({ errors: [{ type: "EXCESSIVE_PAGINATION" }] });
  });

  it("answers NOT_FOUND for a repository the installation cannot see", async () => {
    await gh.createRepo({ owner: "elsewhere", name: "secret", files: { a: "b" } });
    const error = await octokit
      .graphql(`query { repository(owner: "elsewhere", name: "secret") { id } }`)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ errors: [{ type: "NOT_FOUND" }] });
  });
});
