import { describe, expect, it } from "vitest";
import { CountingStore } from "../support/counting-store.ts";
import { CutInStore } from "../support/cut-in-store.ts";
import { GitStateStore } from "../../src/adapters/local/git-state-store.ts";
import { runGit } from "../../src/adapters/local/run-git.ts";
import { engineWith, events, specFor } from "../support/engine-fixture.ts";
import { tempRepo } from "../support/temp-repo.ts";

describe("two engines writing one real state branch", () => {
  it("lose nothing and duplicate nothing: a write that loses the compare-and-swap re-reads and re-applies", async () => {
    const repo = await tempRepo();
    const spec = specFor("web", "standard", ["install"]);
    // A's every first write meets a head B has just moved: B commits its trigger between A's read and A's write.
    const stores = [new CutInStore(new GitStateStore(repo)), new CountingStore(new GitStateStore(repo))] as const;
    const a = engineWith(stores[0], [spec]);
    const b = engineWith(stores[1], [spec]);
    const triggers = Array.from({ length: 16 }, (_, i) => events.deploy("web", `v${i}`));
    const outcomes = [];
    for (let i = 0; i < triggers.length; i += 2) {
      stores[0].beforeNextWrite(async () => outcomes.push(...(await b.engine.submit([triggers[i + 1]!]))));
      outcomes.push(...(await a.engine.submit([triggers[i]!])));
    }
    await Promise.all([a.engine.idle(), b.engine.idle()]);
    expect(outcomes.map((o) => o.kind)).toEqual(Array(16).fill("applied"));
    // Each of A's eight submits lost one race and won on its retry; B never lost.
    expect([stores[0].conflicts, stores[1].conflicts]).toEqual([8, 0]);

    const read = (await new GitStateStore(repo).read(["web"])).deployments.get("web");
    if (read?.kind !== "ok") throw new Error("no state");
    const state = read.state;
    const ids = triggers.map((t) => t.event.id);
    // Applied in the order the branch saw them: B's cut-in, then A's retried trigger.
    const order = [1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14];
    expect(state.processed.filter((id) => ids.includes(id))).toEqual(order.map((i) => ids[i]));
    // Every trigger is accounted for: the first applied (v1) runs, the last applied (v14) waits in the queue,
    // and the fourteen between were superseded by it and counted (newest wins, docs/concurrency.md).
    expect(state.run!.version).toBe("v1");
    expect(state.queue).toMatchObject([{ version: "v14", coalesced: 14 }]);
    expect(a.runner.started.length + b.runner.started.length).toBe(1);

    // Every applied event is in exactly one commit's trailers: the audit log has no gaps or repeats.
    const log = (await runGit(repo, ["log", "--format=%(trailers:key=Ferry-Delivery,valueonly)", "ferry/state"]))
      .stdout;
    const delivered = log.split("\n").filter((l) => l.startsWith("d-"));
    for (const id of ids) expect(delivered.filter((d) => d === id)).toHaveLength(1);
  });
});
