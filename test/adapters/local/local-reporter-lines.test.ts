import { describe, expect, it } from "vitest";
import { LocalReporter, type LineTone } from "../../../src/adapters/local/local-reporter.ts";
import type { DeploymentState } from "../../../src/core/deployment-state.ts";
import type { RetryWait } from "../../../src/core/retry-wait.ts";
import type { DeploymentView } from "../../../src/ports/reporter.ts";
import { builderLifecycle, RETRY_BUILD_TWICE } from "../../core/lifecycles/builder-lifecycle.ts";
import { deploy, drive, fail, fire, op, succeed } from "../../core/lifecycles/drive.ts";

const builder = builderLifecycle();

const view = (state: DeploymentState): DeploymentView => ({
  deployment: "web",
  lifecycle: builder,
  state,
  environment: "web",
  transitions: [],
  basis: "written",
});

function recorder(now: () => string) {
  const lines: [string, LineTone | undefined][] = [];
  const waits: [string, readonly RetryWait[]][] = [];
  const reporter = new LocalReporter((line, tone) => lines.push([line, tone]), {
    now,
    retries: (deployment, w) => waits.push([deployment, w]),
  });
  return { lines, waits, reporter };
}

describe("LocalReporter: a retry backoff is shown as it starts waiting", () => {
  it("prints `retrying in 10s (2/3)` once per backoff, and hands the wait on for a countdown", async () => {
    const d = drive(builder, [deploy("v1"), fail({ message: "exit code 1: boom" })], RETRY_BUILD_TWICE);
    // The reporter reports the moment the state is written.
    const { lines, waits, reporter } = recorder(() => d.state.updatedAt);
    await reporter.report([view(d.state)]);
    await reporter.report([view(d.state)]);
    const retrying = lines.filter(([l]) => l.includes("retrying"));
    expect(retrying).toEqual([
      ["web: build failed (try 1 of 3): exit code 1: boom — retrying in 10s (2/3)", "waiting"],
    ]);
    expect(waits.at(-1)).toMatchObject(["web", [{ stage: "build", next: 2, of: 3 }]]);
    d.send(fire("stage-retry:main"));
    await reporter.report([view(d.state)]);
    expect(waits.at(-1)).toEqual(["web", []]);
    d.send(fail({ message: "exit code 2" }));
    await reporter.report([view(d.state)]);
    expect(lines.filter(([l]) => l.includes("retrying")).at(-1)?.[0]).toBe(
      "web: build failed (try 2 of 3): exit code 2 — retrying in 20s (3/3)",
    );
  });

  it("tones each line for a terminal to colour: failed bad, steady good, paused waiting, busy none", async () => {
    const tones = async (state: DeploymentState) => {
      const { lines, reporter } = recorder(() => state.updatedAt);
      await reporter.report([view(state)]);
      return lines[0]?.[1];
    };
    expect(await tones(drive(builder, [deploy("v1")]).state)).toBeUndefined();
    expect(await tones(drive(builder, [deploy("v1"), succeed()]).state)).toBe("good");
    expect(await tones(drive(builder, [deploy("v1"), fail()]).state)).toBe("bad");
    expect(await tones(drive(builder, [deploy("v1"), succeed(), op("pause")]).state)).toBe("waiting");
  });
});
