import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GitHubStandin } from "./github-standin.ts";
import { installationOctokit, startTestStandin } from "./standin-fixture.ts";

const identity = ["user.name=Dev", "user.email=dev@example.com"];

describe("git smart HTTP", () => {
  let gh: GitHubStandin;
  let work: string;
  let installationId: number;

  beforeAll(async () => {
    gh = await startTestStandin();
    work = await mkdtemp(join(tmpdir(), "standin-git-test-"));
    installationId = (await gh.createRepo({ owner: "acme", name: "infra", files: { "README.md": "v1\n" } }))
      .installationId!;
  });
  afterAll(async () => {
    await gh.close();
    await rm(work, { recursive: true, force: true });
  });

  it("a fresh clone sees a commit made through the API", async () => {
    const octokit = installationOctokit(gh, installationId);
    const { data: file } = await octokit.rest.repos.getContent({ owner: "acme", repo: "infra", path: "README.md" });
    await octokit.rest.repos.createOrUpdateFileContents({
      owner: "acme",
      repo: "infra",
      path: "README.md",
      message: "v2 via API",
      content: Buffer.from("v2\n").toString("base64"),
      sha: (file as { sha: string }).sha,
    });
    const dir = join(work, "clone-1");
    await simpleGit({ config: identity }).clone(gh.cloneUrl("acme", "infra"), dir);
    expect(await readFile(join(dir, "README.md"), "utf8")).toBe("v2\n");
    const log = await simpleGit({ baseDir: dir, config: identity }).log();
    expect(log.latest?.message).toBe("v2 via API");
    expect(gh.counts().byOperation["git:git-upload-pack"]).toBeGreaterThanOrEqual(1);
  });

  it("a push over HTTP moves the branch the API reads and sends a push webhook naming the pusher", async () => {
    const dir = join(work, "clone-2");
    await simpleGit({ config: identity }).clone(gh.cloneUrl("acme", "infra", { actor: "dev" }), dir);
    const git = simpleGit({ baseDir: dir, config: identity });
    await git.checkoutLocalBranch("feature");
    await writeFile(join(dir, "app.yaml"), "replicas: 2\n");
    await git.add(".").commit("add app");
    await git.push("origin", "feature");
    const sha = (await git.revparse(["HEAD"])).trim();
    expect(await gh.branchSha("acme", "infra", "feature")).toBe(sha);
    expect(await gh.readFile("acme", "infra", "feature", "app.yaml")).toBe("replicas: 2\n");
    await gh.flushWebhooks();
    const push = gh.deliveries.find((d) => d.event === "push" && d.payload["ref"] === "refs/heads/feature");
    expect(push?.payload).toMatchObject({
      created: true,
      after: sha,
      pusher: { name: "dev" },
      sender: { login: "dev" },
      head_commit: { id: sha, added: ["app.yaml"] },
    });
    expect(gh.violations).toEqual([]);
  });

  it("refuses git requests without an installation token", async () => {
    const url = `${gh.baseUrl}/acme/infra.git/info/refs?service=git-upload-pack`;
    expect((await fetch(url)).status).toBe(401);
    const bad = await fetch(url, {
      headers: { authorization: `Basic ${Buffer.from("x-access-token:ghs_nope").toString("base64")}` },
    });
    expect(bad.status).toBe(401);
    expect(bad.headers.get("www-authenticate")).toContain("Basic");
  });
});
