import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;

/**
 * A PATH whose `sleep` returns at once. The examples' steps `sleep 1` so that the demo reads like real work; the
 * test proves what the demo does (its stages, states, records and output), not how long it pauses, and those
 * pauses were most of its time.
 */
function pathWithoutPauses(): string {
  const bin = mkdtempSync(join(tmpdir(), "ferry-demo-bin-"));
  writeFileSync(join(bin, "sleep"), "#!/bin/sh\nexit 0\n");
  chmodSync(join(bin, "sleep"), 0o755);
  return `${bin}:${process.env["PATH"] ?? "/usr/bin:/bin"}`;
}

describe("npm run demo", () => {
  it("runs local mode end to end: sync with local processes, a pause, a rollback after a failing health check, status and history, and a simulated fleet", async () => {
    const { stdout } = await run("npm", ["run", "--silent", "demo"], {
      cwd: root,
      // About 12 s on a quiet 2-core machine; it has been seen past 60 s there under a load average of 28.
      timeout: 180_000,
      env: { ...process.env, NO_COLOR: "1", PATH: pathWithoutPauses() },
    });
    const repo = /temporary repository at (\S+)/.exec(stdout)?.[1];
    expect(repo).toBeTruthy();
    expect(stdout).toContain("$ ferry sync");
    expect(stdout).toMatch(/website\/install │ installing website/);
    expect(stdout).toMatch(
      /website: rolling_back on \w{7} \(run 3, rollback\) \(health_checking → rollback_needed → rolling_back\)/,
    );
    expect(stdout).toMatch(
      /^website +standard +running on \w{7} \(run 3, rollback\) .*GET http:\/\/localhost\/health -> 503$/m,
    );
    expect(stdout).toMatch(/^fleet +rolling +completed/m);
    expect(stdout).toMatch(/^orders-stack +stack-migration +stack: stable, deployment: done/m);
    expect(stdout).toMatch(/^vps +setup-deploy +deployed/m);
    expect(stdout).toMatch(/^preview-42 +preview +pause /m);
    // ferry history: each move's age, run, version and the run's status; the failed run's error in its move's description.
    expect(stdout).toMatch(
      /^(?:<1s|[\d.]+[smhd](?: \d+[smh])?) +3 \(rollback\) +\w{7} +succeeded +rolling_back → running +stage\.succeeded by ferry$/m,
    );
    expect(stdout).toMatch(
      /^.* +2 +\w{7} +rolled-back +health_checking → rollback_needed +stage\.failed by ferry: health-check failed in health_checking: .*-> 503$/m,
    );
    // The fleet: 20 simulated agents; v1 completes in 2 batches, v2's first batch crosses the threshold and rolls back.
    expect(stdout).toContain("$ ferry fleet simulate --instances 20 --batch-size 10 --fail-rate 0.15 --seed 7");
    expect(stdout).toMatch(/^v1 +deploy +completed +2 +3 /m);
    expect(stdout).toMatch(/^v2 +deploy +rolled-back +1 +2 +\d+ +sim-\d\d, sim-\d\d$/m);
    expect(stdout).toMatch(/^v1 +rollback +completed /m);
    expect(stdout).toContain("the fleet behaved as the lifecycle says");
    const log = await run("git", ["-C", repo!, "log", "--format=%s", "ferry/state"]);
    expect(log.stdout).toContain("website: rolling_back → running");
    expect(log.stdout).toMatch(
      /^website: health_checking → rollback_needed \(run 2, \w{7}\) → rolling_back \(run 3, \w{7}\) \[skip ci\]$/m,
    );
    expect(log.stdout).not.toMatch(/creating\+/);
    const state = JSON.parse(
      (await run("git", ["-C", repo!, "show", "ferry/state:deployments/website.json"])).stdout,
    ) as { regions: { main: { state: string } } };
    expect(state.regions.main.state).toBe("running");
  }, 200_000);
});
