import { describe, expect, it } from "vitest";
import { WebhookDispatcher, type PendingEvent } from "./webhook-dispatcher.ts";

describe("WebhookDispatcher", () => {
  it("reports a payload that failed to build while an earlier one waited, and never leaves it unhandled", async () => {
    const failures: unknown[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const dispatcher = new WebhookDispatcher({
        secret: "s",
        targets: [],
        fanout: "round-robin",
        events: "all",
        appId: 1,
        onBuildError: (error) => failures.push(error),
      });
      let release: (events: PendingEvent[]) => void = () => undefined;
      const first = new Promise<PendingEvent[]>((resolve) => (release = resolve));
      void dispatcher.enqueue(first);
      // Fails at once, while the queue still waits on `first`: as when a repository is removed at close.
      void dispatcher.enqueue(Promise.reject(new Error("repository removed")));
      await new Promise((resolve) => setImmediate(resolve));
      release([]);
      await dispatcher.flush();
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
      expect(failures.map((f) => (f as Error).message)).toEqual(["repository removed"]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
