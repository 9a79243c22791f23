import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitFiles, tempRepo } from "../support/temp-repo.ts";

const BUNDLE = resolve(import.meta.dirname, "../../dist/action.js");

/** What one run of the bundle left behind. */
interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** Runs `node dist/action.js` as the Actions runner would: inputs as INPUT_* variables, outputs and summary in files. */
function runAction(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), "ferry-action-files-"));
  const outputFile = join(files, "output");
  const summaryFile = join(files, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    PATH: process.env["PATH"] ?? "/usr/bin:/bin",
    HOME: process.env["HOME"] ?? "/tmp",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { cwd: workspace, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      resolveRun({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, "utf8")),
        summary: readFileSync(summaryFile, "utf8"),
      }),
    );
  });
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) out[match[1]!] = match[3]!;
  return out;
}

const ARTIFACT = Buffer.from("release 1.2.3\n");
let server: Server;
let base = "";
let workspace = "";
let version = "";

const manifest = (stages: string) => `lifecycle: standard
secrets: [DEPLOY_TOKEN]
env:
  APP: web
stages:
${stages}
  rollback:
    steps:
      - run: echo rollback
`;

const MANIFEST = () =>
  manifest(`  install:
    steps:
      - name: greet
        run: |
          echo "installing $APP as $FERRY_DEPLOYMENT at $FERRY_VERSION (run $FERRY_RUN_ID attempt $FERRY_ATTEMPT)"
          echo "::set-output name=result::forged"
          echo "token is $DEPLOY_TOKEN"
        env:
          DEPLOY_TOKEN: { secret: DEPLOY_TOKEN }
      - name: list
        args: [ls, .ferry/deployments]
  validate:
    steps:
      - name: prepare
        run: echo preparing
      - name: explode
        run: echo "disk full" >&2; exit 3
      - name: never
        run: echo never
  update:
    steps:
      - name: migrate
        run: |
          false
          echo after
      - name: never
        run: echo never
  prepare:
    timeout: 1s
    steps:
      - name: sleep
        run: sleep 600
  fetch:
    steps:
      - name: download
        artifact:
          url: ${base}/release.tar
          sha256: "${"0".repeat(64)}"
          path: build/release.tar
  activate:
    steps:
      - name: download
        artifact:
          url: ${base}/release.tar
          sha256: "${createHash("sha256").update(ARTIFACT).digest("hex")}"
          path: build/release.tar`);

beforeAll(async () => {
  server = createServer((_req, res) => res.end(ARTIFACT));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  workspace = await tempRepo({ "README.md": "# web\n" });
  version = await commitFiles(workspace, { ".ferry/deployments/web.yml": MANIFEST() }, "add the manifest");
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

const stageInputs = (stage: string) => ({
  command: "stage",
  deployment: "web",
  stage,
  version,
  "run-id": "12",
  attempt: "2",
});

describe("dist/action.js, run as the Actions runner runs it", () => {
  it("command stage: a stage that succeeds sets its outputs, writes the summary and exits 0; its output cannot forge workflow commands", async () => {
    const run = await runAction(workspace, stageInputs("install"), { DEPLOY_TOKEN: "s3cr3t-value" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ result: "succeeded", "duration-ms": expect.stringMatching(/^\d+$/) });
    expect(run.stdout).toContain(`installing web as web at ${version} (run 12 attempt 2)`);
    // The secret is masked by the runner and redacted by ferry.
    expect(run.stdout).toContain("::add-mask::s3cr3t-value");
    expect(run.stdout).toContain("token is [redacted]");
    expect(run.stdout).not.toContain("token is s3cr3t-value");
    // The forged command sits between stop-commands and its token.
    const guard = /::stop-commands::([0-9a-f]{32})\n([\s\S]*?)::\1::/.exec(run.stdout);
    expect(guard?.[2]).toContain("::set-output name=result::forged");
    expect(run.stdout).toMatch(/::group::1\/2 greet/);
    expect(run.summary).toContain("### ✅ ferry: stage `install` of `web` succeeded");
    expect(run.summary).toContain(`Version \`${version.slice(0, 12)}\`, run 12, attempt 2`);
    expect(run.summary).toMatch(/\| ✅ \| list \| command \| 0 \|/);
  });

  it("command stage: a failing step fails the step with its stderr, skips the rest, and says so in the summary", async () => {
    const run = await runAction(workspace, stageInputs("validate"));
    expect(run.code).toBe(1);
    expect(run.outputs["result"]).toBe("failed");
    expect(run.stdout).toMatch(/::error::step "explode" failed: exit code 3: disk full/);
    expect(run.summary).toContain("### ❌ ferry: stage `validate` of `web` failed");
    expect(run.summary).toMatch(/\| ❌ \| explode \| command \| 3 \|/);
    expect(run.summary).toMatch(/\| ⏭️ \| never \| command \| \| \| skipped \|/);
    expect(run.summary).toContain("disk full");
  });

  it("command stage: a run: script stops at its first failing command, as in Actions, and the error names it", async () => {
    const run = await runAction(workspace, stageInputs("update"));
    expect(run.code).toBe(1);
    expect(run.outputs["result"]).toBe("failed");
    expect(run.stdout).toMatch(/^::error::step "migrate" failed: line 1: `false` exited 1$/m);
    expect(run.stdout).not.toMatch(/^after$/m);
    expect(run.summary).toMatch(
      /\| ❌ \| migrate \| command \| 1 \| (?:\d+ms|\d+(?:\.\d)?s|\d+m(?:\d+s)?) \| line 1: `false` exited 1 \|/,
    );
    expect(run.summary).toMatch(/\| ⏭️ \| never \| command \| \| \| skipped \|/);
  });

  it("command stage: a stage past its timeout is stopped and reported timed-out", async () => {
    const run = await runAction(workspace, stageInputs("prepare"));
    expect(run.code).toBe(1);
    expect(run.outputs["result"]).toBe("timed-out");
    // The step would sleep for ten minutes: the action returns only because it stopped it.
    expect(run.outputs["duration-ms"]).toMatch(/^\d+$/);
    expect(run.stdout).toMatch(/::error::stage timed out: stage timed out after 1s in step "sleep"/);
    expect(run.summary).toContain("timed-out");
  });

  it("command stage: an artifact whose checksum does not match fails and is not kept; a matching one is", async () => {
    const bad = await runAction(workspace, stageInputs("fetch"));
    expect(bad.code).toBe(1);
    expect(bad.outputs["result"]).toBe("failed");
    expect(bad.stdout).toMatch(/::error::step "download" failed: checksum mismatch: expected 0{64} got [0-9a-f]{64}/);
    expect(bad.summary).toContain("checksum mismatch");
    const good = await runAction(workspace, stageInputs("activate"));
    expect(good.code).toBe(0);
    expect(readFileSync(join(workspace, "build/release.tar"))).toEqual(ARTIFACT);
  });

  it("command stage: a checkout at another commit than the version is refused before anything runs", async () => {
    const run = await runAction(workspace, { ...stageInputs("install"), version: "1".repeat(40) });
    expect(run.code).toBe(1);
    expect(run.outputs["result"]).toBe("failed");
    expect(run.stdout).toMatch(/::error::the workspace is at [0-9a-f]{40} but the stage deploys 1{40}/);
    expect(run.summary).toContain("could not run the stage");
  });

  it("command validate: a broken manifest becomes error annotations at file, line and column", async () => {
    const broken = await tempRepo({
      ".ferry/deployments/web.yml":
        "lifecycle: standard\nstages:\n  install:\n    timeout: soon\n    steps:\n      - run: echo hi\n",
      ".ferry/deployments/db.yml": "lifecycle: standard\nstages:\n  install:\n    steps:\n      - run: echo hi\n",
      ".ferry/deployments/api.yml": manifest("  install:\n    steps:\n      - run: echo ok"),
    });
    const run = await runAction(broken, { command: "validate" });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=ferry schema,file=\.ferry\/deployments\/web\.yml,line=4,col=14::must be a duration/,
    );
    expect(run.stdout).toMatch(
      /::error title=ferry missing-stage,file=\.ferry\/deployments\/db\.yml,line=\d+,col=\d+::stage "rollback" is required/,
    );
    expect(run.stdout).not.toMatch(/file=\.ferry\/deployments\/api\.yml/);
    expect(run.outputs["result"]).toBe("failed");
    expect(run.summary).toMatch(/\| `\.ferry\/deployments\/api\.yml` \| none \|/);
  });

  it("command validate: a valid repository passes", async () => {
    const run = await runAction(workspace, { command: "validate" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ferry: 1 file valid");
  });
});

describe("dist/action.js, command engine", () => {
  it("loads the ferry app in Probot inside the bundle and fires due timers on a schedule event", async () => {
    const { startTestStandin } = await import("../support/github-standin/standin-fixture.ts");
    const gh = await startTestStandin();
    try {
      await gh.createRepo({ owner: "acme", name: "cron", files: { "README.md": "hi" } });
      const run = await runAction(
        workspace,
        { command: "engine", token: gh.installationToken("acme", "cron") },
        { GITHUB_REPOSITORY: "acme/cron", GITHUB_EVENT_NAME: "schedule", GITHUB_API_URL: gh.baseUrl },
      );
      expect(run.stderr).not.toMatch(/Error/);
      expect(run.code).toBe(0);
      expect(run.outputs["result"]).toBe("succeeded");
      expect(run.stdout).toContain("fired the due timers of acme/cron");
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.close();
    }
  }, 30_000);
});
