import { readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { describe, expect, it } from "vitest";
import { GitStateStore } from "../../../src/adapters/local/git-state-store.ts";
import { initialDeploymentState } from "../../../src/core/deployment-state.ts";
import { builtinLifecycle } from "../../../src/manifest/builtin-lifecycles.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { tempRepo } from "../../support/temp-repo.ts";

const lifecycle = builtinLifecycle("standard");
const stateOf = (name: string) => initialDeploymentState(lifecycle, name, "2026-01-01T00:00:00.000Z");

describe("GitStateStore on a real repository", () => {
  it("creates ferry/state on first write as a root commit with a README, then commits the states on it", async () => {
    const repo = await tempRepo();
    const store = new GitStateStore(repo);
    expect((await store.read(["web"])).head).toBeNull();
    const written = await store.write({
      expectedHead: null,
      states: [stateOf("web"), stateOf("api")],
      message: "web: requested [skip ci]\n",
    });
    expect(written.ok).toBe(true);
    const log = (await runGit(repo, ["log", "--format=%s", "ferry/state"])).stdout.trim().split("\n");
    expect(log).toEqual(["web: requested [skip ci]", "Create the ferry/state branch [skip ci]"]);
    const root = (await runGit(repo, ["rev-list", "--max-parents=0", "ferry/state"])).stdout.trim();
    expect((await runGit(repo, ["show", `${root}:README.md`])).stdout).toContain("# ferry/state");
    const snapshot = await store.read(["web", "api", "none"]);
    expect(snapshot.head).toBe(written.ok ? written.head : "");
    expect(snapshot.deployments.get("web")).toEqual({ kind: "ok", state: stateOf("web") });
    expect(snapshot.deployments.get("none")).toEqual({ kind: "absent" });
    expect((await store.list()).deployments).toEqual(["api", "web"]);
  });

  it("never touches the working tree, the index or the checked-out branch", async () => {
    const repo = await tempRepo({ "app.txt": "v1\n" });
    const git = simpleGit(repo);
    const before = {
      head: await git.revparse(["HEAD"]),
      branch: (await git.branch()).current,
      status: await git.status(),
    };
    const store = new GitStateStore(repo);
    await store.write({ expectedHead: null, states: [stateOf("web")], message: "m" });
    const after = await git.status();
    expect(await git.revparse(["HEAD"])).toBe(before.head);
    expect((await git.branch()).current).toBe(before.branch);
    expect(after.isClean()).toBe(true);
    expect(after.files).toEqual(before.status.files);
    expect(readFileSync(join(repo, "app.txt"), "utf8")).toBe("v1\n");
  });

  it("compare-and-swap: a write against a stale head is a conflict and changes nothing", async () => {
    const repo = await tempRepo();
    const store = new GitStateStore(repo);
    const first = await store.write({ expectedHead: null, states: [stateOf("web")], message: "one" });
    if (!first.ok) throw new Error("first write failed");
    const second = await store.write({ expectedHead: first.head, states: [stateOf("api")], message: "two" });
    expect(second.ok).toBe(true);
    const stale = await store.write({ expectedHead: first.head, states: [stateOf("db")], message: "stale" });
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });
    const again = await store.write({ expectedHead: null, states: [stateOf("db")], message: "stale create" });
    expect(again).toMatchObject({ ok: false, reason: "conflict" });
    expect((await store.list()).deployments).toEqual(["api", "web"]);
  });

  it("compare-and-swap: of two writers on the same head exactly one wins, and a loser leaves no ref behind", async () => {
    const repo = await tempRepo();
    const [a, b] = [new GitStateStore(repo), new GitStateStore(repo)];
    const first = await a.write({ expectedHead: null, states: [stateOf("web")], message: "one" });
    if (!first.ok) throw new Error("first write failed");
    const outcomes = await Promise.all(
      ["api", "db", "cache"].map((name, i) =>
        (i % 2 ? a : b).write({ expectedHead: first.head, states: [stateOf(name)], message: name }),
      ),
    );
    const won = outcomes.filter((o) => o.ok);
    expect(won).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([
      expect.objectContaining({ reason: "conflict" }),
      expect.objectContaining({ reason: "conflict" }),
    ]);
    expect(await a.head()).toBe(won[0]?.ok ? won[0].head : "");
    expect((await a.list()).deployments).toHaveLength(2);
    const refs = (await runGit(repo, ["for-each-ref", "--format=%(refname)"])).stdout.trim().split("\n");
    expect(refs.sort()).toEqual(["refs/heads/ferry/state", "refs/heads/main"]);
  });

  it("compare-and-swap: a branch moved back to an older commit is a conflict too, not a fast-forward", async () => {
    const repo = await tempRepo();
    const store = new GitStateStore(repo);
    const first = await store.write({ expectedHead: null, states: [stateOf("web")], message: "one" });
    if (!first.ok) throw new Error("first write failed");
    const second = await store.write({ expectedHead: first.head, states: [stateOf("api")], message: "two" });
    if (!second.ok) throw new Error("second write failed");
    // Someone resets the branch to its first commit: a write made against the second must not land.
    await runGit(repo, ["update-ref", "refs/heads/ferry/state", first.head, second.head]);
    const stale = await store.write({ expectedHead: second.head, states: [stateOf("db")], message: "stale" });
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });
    expect(await store.head()).toBe(first.head);
  });

  it("readAtHead reads files at the head it returns; list reads the deployments folder at its head", async () => {
    const repo = await tempRepo();
    const store = new GitStateStore(repo);
    expect(await store.readAtHead(["sync/main.json"])).toEqual({ head: null, texts: [undefined] });
    expect(await store.list()).toEqual({ head: null, deployments: [] });
    const first = await store.write({
      expectedHead: null,
      states: [stateOf("web")],
      files: { "sync/main.json": "1\n" },
      message: "one",
    });
    if (!first.ok) throw new Error("first write failed");
    const second = await store.write({
      expectedHead: first.head,
      states: [stateOf("api")],
      files: { "sync/main.json": "2\n" },
      message: "two",
    });
    if (!second.ok) throw new Error("second write failed");
    expect(await store.readAtHead(["sync/main.json", "nope"])).toEqual({
      head: second.head,
      texts: ["2\n", undefined],
    });
    expect(await store.list()).toEqual({ head: second.head, deployments: ["api", "web"] });
    // A `deployments` that is a file holds no deployments (as `ls-tree` of it would fail).
    const other = await tempRepo();
    const oddStore = new GitStateStore(other);
    const made = await oddStore.write({
      expectedHead: null,
      states: [],
      files: { deployments: "not a folder\n" },
      message: "odd",
    });
    expect(await oddStore.list()).toEqual({ head: made.ok ? made.head : "", deployments: [] });
  });

  it("reports a corrupt file with its reason and never overwrites it", async () => {
    const repo = await tempRepo();
    const store = new GitStateStore(repo);
    const first = await store.write({ expectedHead: null, states: [stateOf("web")], message: "one" });
    if (!first.ok) throw new Error("write failed");
    const corrupt = await store.write({
      expectedHead: first.head,
      states: [],
      files: { "deployments/web.json": '{"schemaVersion": 1, "deployment": "web"' },
      message: "hand edit",
    });
    if (!corrupt.ok) throw new Error("write failed");
    const read = (await store.read(["web"])).deployments.get("web");
    expect(read).toMatchObject({ kind: "corrupt", reason: "not-json" });
    const future = await store.write({
      expectedHead: corrupt.head,
      states: [],
      files: { "deployments/web.json": JSON.stringify({ ...stateOf("web"), schemaVersion: 99 }) },
      message: "future",
    });
    if (!future.ok) throw new Error("write failed");
    expect((await store.read(["web"])).deployments.get("web")).toMatchObject({
      kind: "corrupt",
      reason: "future-version",
    });
  });

  it("reads history with trailers, newest first", async () => {
    const repo = await tempRepo();
    const store = new GitStateStore(repo);
    const message =
      "web: requested → validating (run 1, abc1234) [skip ci]\n\n- web: deploy by alice (merge)\n\nFerry-Event: deploy web\nFerry-Delivery: d-1\nFerry-Actor: alice\n";
    const first = await store.write({ expectedHead: null, states: [stateOf("web")], message });
    if (!first.ok) throw new Error("write failed");
    await store.write({ expectedHead: first.head, states: [stateOf("api")], message: "api only" });
    const history = await store.history("web");
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      subject: "web: requested → validating (run 1, abc1234) [skip ci]",
      trailers: { "Ferry-Event": ["deploy web"], "Ferry-Delivery": ["d-1"], "Ferry-Actor": ["alice"] },
    });
  });
});
