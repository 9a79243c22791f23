import { describe, expect, it } from "vitest";
import { MemoryReporter } from "../../src/adapters/memory/memory-reporter.ts";
import { MemoryStateStore } from "../../src/adapters/memory/memory-state-store.ts";
import { withDeferredRepair } from "../../src/app/deferred-repair.ts";
import { initialDeploymentState } from "../../src/core/deployment-state.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";

const lifecycle = builtinLifecycle("standard");
const state = (at: string) => initialDeploymentState(lifecycle, "web", at);
const view = (at: string) => ({ deployment: "web", lifecycle, state: state(at), environment: "web", transitions: [] });

describe("reports of batches that wrote nothing are deferred repairs", () => {
  it("reports at once after a write, later (and only if nobody wrote since) after a duplicate", async () => {
    const inner = new MemoryStateStore();
    const reporter = new MemoryReporter();
    const repairs: (() => Promise<void>)[] = [];
    const { store, reporter: deferring } = withDeferredRepair(inner, reporter, { schedule: (r) => repairs.push(r) });

    await store.read(["web"]);
    await store.write({ expectedHead: null, states: [state("2026-01-01T00:00:00.000Z")], message: "one" });
    await deferring.report([view("2026-01-01T00:00:00.000Z")]);
    expect(reporter.batches).toHaveLength(1);

    // A duplicate: read, nothing written, report → deferred.
    await store.read(["web"]);
    await deferring.report([view("2026-01-01T00:00:00.000Z")]);
    expect(reporter.batches).toHaveLength(1);
    expect(repairs).toHaveLength(1);
    await repairs[0]!();
    expect(reporter.batches).toHaveLength(2);

    // Another duplicate, but someone writes before the repair runs: the writer reports, not the repair.
    await store.read(["web"]);
    await deferring.report([view("2026-01-01T00:00:00.000Z")]);
    await inner.write({ expectedHead: inner.head, states: [state("2026-01-01T00:05:00.000Z")], message: "two" });
    await repairs[1]!();
    expect(reporter.batches).toHaveLength(2);
  });
});
