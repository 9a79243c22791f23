import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;

describe("npm run demo", () => {
  it("deploys one deployment per lifecycle onto a real ferry/state branch, rolls back the failing website and pauses the preview", async () => {
    const { stdout } = await run("npm", ["run", "--silent", "demo"], { cwd: root, timeout: 60_000 });
    const repo = /repository (\S+)/.exec(stdout)?.[1];
    expect(repo).toBeTruthy();
    expect(stdout).toMatch(/website: rolling_back on \w{7} \(run 3, rollback\) \(health_checking → rollback_needed → rolling_back\)/);
    expect(stdout).toMatch(/^website +standard +running on \w{7} \(run 3, rollback\) .* health-check: GET \/health answered 503 three times$/m);
    expect(stdout).toMatch(/^fleet +rolling +completed/m);
    expect(stdout).toMatch(/^orders-stack +stack-migration +stack: stable, deployment: done/m);
    expect(stdout).toMatch(/^vps +setup-deploy +deployed/m);
    expect(stdout).toMatch(/^preview-42 +preview +pause /m);
    const log = await run("git", ["-C", repo!, "log", "--format=%s", "ferry/state"]);
    expect(log.stdout).toContain("website: rolling_back → running");
    const state = JSON.parse((await run("git", ["-C", repo!, "show", "ferry/state:deployments/website.json"])).stdout) as { regions: { main: { state: string } } };
    expect(state.regions.main.state).toBe("running");
  });
});
