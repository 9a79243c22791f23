import { describe, expect, it } from "vitest";
import { WorkCounter } from "../../src/engine/work-counter.ts";

describe("WorkCounter", () => {
  it("is idle at once when nothing is in flight", async () => {
    const work = new WorkCounter();
    await expect(work.idle()).resolves.toBeUndefined();
    expect(work.busy).toBe(false);
  });

  it("wakes every waiter when the last piece of work ends, not before", async () => {
    const work = new WorkCounter();
    const woken: string[] = [];
    work.begin();
    work.begin();
    const waiters = [work.idle().then(() => woken.push("a")), work.idle().then(() => woken.push("b"))];
    work.end();
    await Promise.resolve();
    expect(woken).toEqual([]);
    expect(work.busy).toBe(true);
    work.end();
    await Promise.all(waiters);
    expect(woken).toEqual(["a", "b"]);
  });

  it("keeps counting work that starts more work before it ends", async () => {
    const work = new WorkCounter();
    let release!: () => void;
    const followUp = new Promise<void>((resolve) => (release = resolve));
    let idle = false;
    await work.track(async () => {
      void work.track(() => followUp);
    });
    const waiting = work.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    release();
    await waiting;
    expect(idle).toBe(true);
  });

  it("ends tracked work that fails, and passes the failure on", async () => {
    const work = new WorkCounter();
    await expect(work.track(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(work.busy).toBe(false);
  });

  it("refuses an end without a begin", () => {
    expect(() => new WorkCounter().end()).toThrow(/without begin/);
  });
});
