import { describe, expect, it, vi } from "vitest";
import { ManualClock } from "../../src/adapters/memory/manual-clock.ts";
import type { RepoWorker } from "../../src/app/repo-workers.ts";
import { TimerLoop } from "../../src/app/timer-loop.ts";
import { silentLogger } from "../../src/ports/logger.ts";

function fakeWorker(nextDue: string | undefined, reconcileDue = "9999-01-01T00:00:00.000Z") {
  const worker = {
    fullName: "acme/web",
    nextDue,
    reconcileDue: reconcileDue as string | undefined,
    fired: [] as string[],
    reconciled: [] as string[],
    rescans: 0,
    enqueue: async (_what: string, task: () => Promise<void>) => task(),
    reconcile: async (now: string) => {
      worker.reconciled.push(now);
      worker.reconcileDue = new Date(Date.parse(now) + 300_000).toISOString();
    },
    fireDueTimers: async (now: string) => {
      worker.fired.push(now);
      return [];
    },
    rescan: async () => {
      worker.rescans++;
    },
  };
  return worker;
}

describe("the timer loop", () => {
  it("rescans the installations first, then fires only repositories whose earliest timer is due, and rescans again after the rescan period", async () => {
    const clock = new ManualClock("2026-01-01T00:00:00.000Z");
    const due = fakeWorker("2025-12-31T23:59:00.000Z");
    const later = fakeWorker("2026-01-01T01:00:00.000Z");
    const idle = fakeWorker(undefined);
    const workers = [due, later, idle] as unknown as RepoWorker[];
    const discover = vi.fn(async () => workers);
    const loop = new TimerLoop({ clock, log: silentLogger, workers: async () => workers, discover, rescanMs: 600_000 });
    await Promise.all([loop.tick(), loop.tick()]);
    expect(discover).toHaveBeenCalledTimes(1);
    expect([due.rescans, later.rescans, idle.rescans]).toEqual([1, 1, 1]);
    expect([due.fired, later.fired, idle.fired]).toEqual([["2026-01-01T00:00:00.000Z"], [], []]);
    clock.advance(3600);
    await loop.tick();
    expect(discover).toHaveBeenCalledTimes(2);
    expect(later.fired).toEqual(["2026-01-01T01:00:00.000Z"]);
  });

  it("keeps firing known repositories when listing installations fails", async () => {
    const clock = new ManualClock("2026-01-01T00:00:00.000Z");
    const due = fakeWorker("2026-01-01T00:00:00.000Z");
    const errors: unknown[] = [];
    const loop = new TimerLoop({
      clock,
      log: { ...silentLogger, error: (o) => errors.push(o) },
      workers: async () => [due as unknown as RepoWorker],
      discover: async () => Promise.reject(Object.assign(new Error("Bad credentials"), { status: 401 })),
    });
    await loop.tick();
    expect(due.fired).toHaveLength(1);
    expect(errors).toEqual([expect.objectContaining({ hint: expect.stringContaining("APP_ID") })]);
  });

  it("reconciles a repository at once after a start, then whenever its interval has passed", async () => {
    const clock = new ManualClock("2026-01-01T00:00:00.000Z");
    const fresh = fakeWorker(undefined);
    fresh.reconcileDue = undefined;
    const workers = [fresh] as unknown as RepoWorker[];
    const loop = new TimerLoop({
      clock,
      log: silentLogger,
      workers: async () => workers,
      discover: async () => workers,
    });
    await loop.tick();
    expect(fresh.reconciled).toEqual(["2026-01-01T00:00:00.000Z"]);
    clock.advance(299);
    await loop.tick();
    expect(fresh.reconciled).toHaveLength(1);
    clock.advance(1);
    await loop.tick();
    expect(fresh.reconciled).toEqual(["2026-01-01T00:00:00.000Z", "2026-01-01T00:05:00.000Z"]);
  });

  it("is idle only once the pass start() fires is over, even when that pass fails", async () => {
    const clock = new ManualClock("2026-01-01T00:00:00.000Z");
    let listed!: (workers: RepoWorker[]) => void;
    const discover = vi.fn(() => new Promise<RepoWorker[]>((resolve) => (listed = resolve)));
    const fresh = fakeWorker(undefined);
    fresh.reconcileDue = undefined;
    const loop = new TimerLoop({
      clock,
      log: silentLogger,
      workers: async () => [fresh as unknown as RepoWorker],
      discover,
    });
    loop.start();
    let quiet = false;
    const idle = loop.idle().then(() => (quiet = true));
    await Promise.resolve();
    expect(quiet).toBe(false);
    listed([]);
    await idle;
    expect(fresh.reconciled).toEqual(["2026-01-01T00:00:00.000Z"]);
    loop.stop();

    const failing = new TimerLoop({
      clock,
      log: silentLogger,
      workers: async () => Promise.reject(new Error("listing failed")),
      discover: async () => [],
    });
    failing.start();
    await failing.idle();
    failing.stop();
  });
});
