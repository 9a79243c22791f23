import { describe, expect, it } from "vitest";
import { CountingStore } from "../support/counting-store.ts";
import { GitStateStore } from "../../src/adapters/local/git-state-store.ts";
import { runGit } from "../../src/adapters/local/run-git.ts";
import { engineWith, events, specFor } from "../support/engine-fixture.ts";
import { tempRepo } from "../support/temp-repo.ts";

describe("two engines writing one real state branch", () => {
  it("lose nothing and duplicate nothing: compare-and-swap, re-read, re-apply", async () => {
    const repo = await tempRepo();
    const spec = specFor("web", "standard", ["install"]);
    const stores = [new CountingStore(new GitStateStore(repo)), new CountingStore(new GitStateStore(repo))] as const;
    const a = engineWith(stores[0], [spec]);
    const b = engineWith(stores[1], [spec]);
    const triggers = Array.from({ length: 16 }, (_, i) => events.deploy("web", `v${i}`));
    // Interleave submissions from both engines so their writes race on the branch head.
    const outcomes = await Promise.all(
      triggers.map(async (trigger, i) => {
        await new Promise((r) => setTimeout(r, (i % 4) * 3));
        return (i % 2 === 0 ? a : b).engine.submit([trigger]);
      }),
    );
    await Promise.all([a.engine.idle(), b.engine.idle()]);
    expect(outcomes.flat().map((o) => o.kind)).toEqual(Array(16).fill("applied"));

    const read = (await new GitStateStore(repo).read(["web"])).deployments.get("web");
    if (read?.kind !== "ok") throw new Error("no state");
    const state = read.state;
    const ids = triggers.map((t) => t.event.id);
    expect(ids.every((id) => state.processed.filter((p) => p === id).length === 1)).toBe(true);
    // Every trigger is accounted for: the first applied runs, the last applied waits in the queue,
    // and the fourteen between were superseded by it and counted (newest wins, docs/concurrency.md).
    const versionOf = (id: string | undefined) =>
      (triggers.find((t) => t.event.id === id)?.event as { version: string } | undefined)?.version;
    const applied = state.processed.filter((id) => ids.includes(id));
    expect(state.run!.version).toBe(versionOf(applied[0]));
    expect(state.queue).toMatchObject([{ version: versionOf(applied.at(-1)), coalesced: 14 }]);
    expect(a.runner.started.length + b.runner.started.length).toBe(1);
    expect(stores[0].conflicts + stores[1].conflicts).toBeGreaterThan(0);

    // Every applied event is in exactly one commit's trailers: the audit log has no gaps or repeats.
    const log = (await runGit(repo, ["log", "--format=%(trailers:key=Ferry-Delivery,valueonly)", "ferry/state"]))
      .stdout;
    const delivered = log.split("\n").filter((l) => l.startsWith("d-"));
    for (const id of ids) expect(delivered.filter((d) => d === id)).toHaveLength(1);
  });
});
