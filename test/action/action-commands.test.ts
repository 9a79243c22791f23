import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionIO, Annotation } from "../../src/action/action-io.ts";
import { engineCommand } from "../../src/action/commands/engine-command.ts";
import { reportCommand } from "../../src/action/commands/report-command.ts";
import { stageCommand } from "../../src/action/commands/stage-command.ts";
import { validateCommand } from "../../src/action/commands/validate-command.ts";
import { runAction } from "../../src/action/run-action.ts";
import { tokenClient } from "../../src/adapters/github/token-client.ts";
import { commitFiles, tempRepo } from "../support/temp-repo.ts";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { RetryingTestOctokit, startTestStandin, TestOctokit } from "../support/github-standin/standin-fixture.ts";
import { ManualClock } from "../../src/adapters/memory/manual-clock.ts";
import { RATE_LIMIT_RETRIES } from "../../src/adapters/github/ferry-octokit.ts";

/** An ActionIO that records everything, for running commands in-process. */
class RecordingIO implements ActionIO {
  readonly outputs: Record<string, string> = {};
  readonly lines: string[] = [];
  readonly errors: { message: string; annotation?: Annotation }[] = [];
  readonly warnings: string[] = [];
  readonly masked: string[] = [];
  readonly summaries: string[] = [];
  failed: string | undefined;

  constructor(
    private readonly inputs: Record<string, string>,
    private readonly root: string,
    private readonly environment: Record<string, string> = {},
    private readonly hasSummary = true,
  ) {}

  input = (name: string) => (this.inputs[name] ?? "").trim();
  output = (name: string, value: string) => void (this.outputs[name] = value);
  info = (line: string) => void this.lines.push(line);
  warning = (message: string) => void this.warnings.push(message);
  error = (message: string, annotation?: Annotation) =>
    void this.errors.push({ message, ...(annotation ? { annotation } : {}) });
  startGroup = (name: string) => void this.lines.push(`[group ${name}]`);
  endGroup = () => void this.lines.push("[endgroup]");
  beginUntrusted = () => {
    this.lines.push("[untrusted]");
    return () => void this.lines.push("[trusted]");
  };
  mask = (value: string) => void this.masked.push(value);
  summary = async (markdown: string) => {
    if (!this.hasSummary) return false;
    this.summaries.push(markdown);
    return true;
  };
  fail = (message: string) => void (this.failed = message);
  env = (name: string) => this.environment[name];
  workspace = () => this.root;
}

const STANDARD = (stages: string) =>
  `lifecycle: standard\nsecrets: [API_KEY]\nstages:\n${stages}\n  rollback:\n    steps:\n      - run: echo rollback\n`;

let repo = "";
let version = "";

beforeAll(async () => {
  repo = await tempRepo();
  version = await commitFiles(
    repo,
    {
      ".ferry/deployments/web.yml": STANDARD(
        '  install:\n    steps:\n      - name: key\n        run: echo "key=$KEY"\n        env:\n          KEY: { secret: API_KEY }\n  stop:\n    steps:\n      - run: echo stop-started; sleep 600',
      ),
      ".ferry/deployments/typed.yml":
        "lifecycle: preview\ntype: docker\nstages:\n  docker.deploy:\n    steps:\n      - run: echo docker deploy\n" +
        ["initialize", "pause", "drop"].map((s) => `  docker.${s}:\n    steps:\n      - run: echo ${s}\n`).join(""),
      ".ferry/deployments/bad.yml": "lifecycle: standard\nstages: 3\n",
      ".ferry/deployments/worker.yaml": STANDARD("  install:\n    steps:\n      - run: echo installed from yaml"),
      ".ferry/deployments/twice.yml": STANDARD("  install:\n    steps:\n      - run: echo one"),
      ".ferry/deployments/twice.yaml": STANDARD("  install:\n    steps:\n      - run: echo other"),
      ".ferry/deployments/vault.yml": STANDARD(
        '  install:\n    env:\n      PEM: { secret: SIGNING_KEY }\n    steps:\n      - name: show\n        run: |\n          echo "key=$KEY"\n          printf \'%s\\n\' "$PEM"\n          echo "other=${OTHER_SECRET:-unset}"\n        env:\n          KEY: { secret: api_key }',
      ),
      ".ferry/deployments/strict.yml": STANDARD(
        "  install:\n    steps:\n      - name: migrate\n        run: |\n          false\n          echo after\n      - name: never\n        run: echo never\n  validate:\n    steps:\n      - name: one line\n        run: false; echo after",
      ),
    },
    "manifests",
  );
});

const stage = (stageName: string, extra: Record<string, string> = {}) => ({
  command: "stage",
  deployment: "web",
  stage: stageName,
  version,
  "run-id": "4",
  attempt: "1",
  ...extra,
});

describe("command stage, in-process", () => {
  it("runs the stage with the secret from the step's environment, masked and redacted, in groups with commands stopped", async () => {
    const io = new RecordingIO(stage("install"), repo, { API_KEY: "k-123456" });
    const outcome = await stageCommand(io);
    expect(outcome.result).toBe("succeeded");
    expect(io.failed).toBeUndefined();
    expect(io.masked).toEqual(["k-123456"]);
    expect(io.lines).toEqual(
      expect.arrayContaining(["[group 1/1 key]", "[untrusted]", "key=[redacted]", "[trusted]", "[endgroup]"]),
    );
    expect(io.lines.indexOf("key=[redacted]")).toBeGreaterThan(io.lines.indexOf("[untrusted]"));
    expect(io.outputs).toMatchObject({ result: "succeeded" });
    expect(io.summaries[0]).toContain("stage `install` of `web` succeeded");
  });

  it("runs a type's variant of a stage", async () => {
    const io = new RecordingIO({ ...stage("deploy"), deployment: "typed" }, repo);
    expect((await stageCommand(io)).result).toBe("succeeded");
    expect(io.lines).toContain("docker deploy");
  });

  it("runs a stage of a manifest named <deployment>.yaml", async () => {
    const io = new RecordingIO({ ...stage("install"), deployment: "worker" }, repo, { API_KEY: "x" });
    expect((await stageCommand(io)).result).toBe("succeeded");
    expect(io.lines).toContain("installed from yaml");
  });

  it.each([
    ["install", "migrate", 2],
    ["validate", "one line", 1],
  ])(
    "a run: script stops at its first failing command, on two lines or one, as in Actions (stage %s, step %s)",
    async (stageName, step, total) => {
      const io = new RecordingIO({ ...stage(stageName), deployment: "strict" }, repo);
      const outcome = await stageCommand(io);
      const message = `step "${step}" failed: line 1: \`false\` exited 1`;
      expect(outcome).toMatchObject({ result: "failed", message });
      expect(io.failed).toBe(message);
      expect(io.outputs["result"]).toBe("failed");
      expect(io.lines).not.toContain("after");
      expect(io.lines).toContain(`[group 1/${total} ${step}]`);
      expect(io.lines.find((l) => l.startsWith("failed in "))).toMatch(
        /^failed in (?:\d+ms|\d+(?:\.\d)?s|\d+m(?:\d+s)?): line 1: `false` exited 1$/,
      );
      expect(io.summaries[0]).toMatch(
        new RegExp(
          `\\| ❌ \\| ${step} \\| command \\| 1 \\| (?:\\d+ms|\\d+(?:\\.\\d)?s|\\d+m(?:\\d+s)?) \\| line 1: \`false\` exited 1 \\|`,
        ),
      );
      if (stageName === "install") expect(io.summaries[0]).toContain("| ⏭️ | never | command | | | skipped |");
    },
  );

  it("a missing secret fails the step that needs it", async () => {
    const io = new RecordingIO(stage("install"), repo);
    expect((await stageCommand(io)).result).toBe("failed");
    expect(io.failed).toMatch(/secret API_KEY \(for KEY\) is not set/);
  });

  it("takes only the secrets the manifest names from the secrets input, case-insensitively, and masks each (a multi-line one line by line)", async () => {
    const pem = "-----BEGIN KEY-----\nline-one-abc\nend\n-----END KEY-----";
    const secrets = {
      github_token: "ghs_notforthestage",
      API_KEY: "k-from-environment",
      SIGNING_KEY: pem,
      OTHER_SECRET: "o-never-read",
    };
    const io = new RecordingIO({ ...stage("install"), deployment: "vault", secrets: JSON.stringify(secrets) }, repo, {
      API_KEY: "k-from-step-env",
    });
    expect((await stageCommand(io)).result).toBe("succeeded");
    // Declared (API_KEY), read by the stage (SIGNING_KEY) and by a step (`api_key` is API_KEY): nothing else.
    expect(io.masked.sort()).toEqual(
      ["k-from-environment", pem, "-----BEGIN KEY-----", "line-one-abc", "-----END KEY-----"].sort(),
    );
    expect(io.lines).toEqual(expect.arrayContaining(["key=[redacted]", "[redacted]", "end", "other=unset"]));
    expect(io.lines.join("\n")).not.toMatch(/k-from|line-one|BEGIN KEY|o-never|ghs_/);
    expect(io.warnings).toEqual([]);
  });

  it("without a secrets input, reads named secrets from the step's environment; a bad secrets input is refused unquoted", async () => {
    const fallback = new RecordingIO({ ...stage("install"), deployment: "vault" }, repo, {
      API_KEY: "k-from-step-env",
      api_key: "k-from-step-env",
      SIGNING_KEY: "s-from-step-env",
    });
    expect((await stageCommand(fallback)).result).toBe("succeeded");
    expect(fallback.masked.sort()).toEqual(["k-from-step-env", "s-from-step-env"]);

    const missing = new RecordingIO(
      { ...stage("install"), deployment: "vault", secrets: '{"API_KEY":"k-1234"}' },
      repo,
    );
    expect((await stageCommand(missing)).result).toBe("failed");
    expect(missing.warnings).toEqual([
      expect.stringMatching(/^secret SIGNING_KEY is not set: add it to the job's environment/),
    ]);

    for (const bad of ['["k-never-shown"]', "k-never-shown"]) {
      const io = new RecordingIO({ ...stage("install"), deployment: "vault", secrets: bad }, repo);
      expect(await stageCommand(io)).toMatchObject({
        result: "failed",
        message: expect.stringMatching(/^input secrets must be the JSON of the secrets context/),
      });
      expect(JSON.stringify([io.lines, io.summaries, io.failed])).not.toContain("k-never-shown");
    }
  });

  it("a cancelled job stops the stage", async () => {
    const controller = new AbortController();
    const io = new RecordingIO(stage("stop"), repo);
    // Cancelled once the step prints, so the cancel meets a running step however slow the machine; the step would
    // then sleep for ten minutes, and only the cancel ends it within the test's time.
    const info = io.info;
    io.info = (line: string) => {
      info(line);
      if (line.includes("stop-started")) controller.abort();
    };
    const outcome = await stageCommand(io, { signal: controller.signal });
    expect(controller.signal.aborted).toBe(true);
    expect(outcome.result).toBe("failed");
    expect(outcome.message).toMatch(/cancelled/);
  });

  it.each([
    ["a deployment name with a path in it", { deployment: "../web" }, /input deployment must be a deployment name/],
    ["no stage", { stage: "" }, /input stage is required/],
    ["a run id that is not a number", { "run-id": "4; rm -rf /" }, /input run-id must be a positive whole number/],
    ["no attempt", { attempt: "" }, /input attempt must be a positive whole number/],
    ["a version that is not a sha", { version: "main" }, /input version must be a commit sha/],
    ["a deployment without a manifest", { deployment: "api" }, /\.ferry\/deployments\/api\.yml does not exist at/],
    [
      "a deployment declared by two files",
      { deployment: "twice" },
      /\.ferry\/deployments\/twice\.yaml and \.ferry\/deployments\/twice\.yml both declare twice at \w+; keep one file/,
    ],
    ["a stage the manifest lacks", { stage: "activate" }, /\.ferry\/deployments\/web\.yml has no stage activate at/],
    [
      "a typed manifest lacking the stage",
      { deployment: "typed", stage: "build" },
      /has no stage build \(nor docker\.build\)/,
    ],
  ])("refuses %s before running anything", async (_what, inputs, message) => {
    const io = new RecordingIO(stage("install", inputs), repo);
    const outcome = await stageCommand(io);
    expect(outcome).toMatchObject({ result: "failed", durationMs: 0 });
    expect(io.failed).toMatch(message);
    expect(io.outputs).toEqual({ result: "failed", "duration-ms": "0" });
    expect(io.summaries[0]).toContain("could not run the stage");
  });

  it("an invalid manifest is annotated at its line", async () => {
    const io = new RecordingIO({ ...stage("install"), deployment: "bad" }, repo);
    await stageCommand(io);
    expect(io.failed).toMatch(/\.ferry\/deployments\/bad\.yml is invalid at/);
    expect(io.errors[0]).toMatchObject({ annotation: { file: ".ferry/deployments/bad.yml", startLine: 2 } });
  });

  it("outside a git checkout: trusts the version given, with a warning, and needs one", async () => {
    const plain = mkdtempSync(join(tmpdir(), "ferry-plain-"));
    const { cpSync } = await import("node:fs");
    cpSync(join(repo, ".ferry"), join(plain, ".ferry"), { recursive: true });
    const io = new RecordingIO(stage("install"), plain, { API_KEY: "x" }, false);
    expect((await stageCommand(io)).result).toBe("succeeded");
    expect(io.warnings[0]).toMatch(/could not read the checked-out commit/);
    expect(io.lines).toContain("no job summary file (GITHUB_STEP_SUMMARY is not set); the summary is not written");
    const without = new RecordingIO(stage("install", { version: "" }), plain);
    await stageCommand(without);
    expect(without.failed).toMatch(/input version is required when .* is not a git checkout/);
  });

  it("without a version input, a git checkout deploys its HEAD", async () => {
    const io = new RecordingIO(stage("install", { version: "" }), repo, { API_KEY: "x" });
    await stageCommand(io);
    expect(io.summaries[0]).toContain(`Version \`${version.slice(0, 12)}\``);
  });
});

describe("command validate, in-process", () => {
  it("checks repository lifecycles first and manifests against them; reads .yaml files like .yml", async () => {
    const dir = await tempRepo({
      ".ferry/lifecycles/simple.yml": readFileSync(
        join(import.meta.dirname, "../../lifecycles/setup-deploy.yml"),
        "utf8",
      ).replace(/^name: setup-deploy$/m, "name: simple"),
      ".ferry/lifecycles/other.yaml": readFileSync(
        join(import.meta.dirname, "../../lifecycles/setup-deploy.yml"),
        "utf8",
      ).replace(/^name: setup-deploy$/m, "name: other"),
      ".ferry/lifecycles/broken.yml": "name: broken\n",
      ".ferry/deployments/app.yml":
        "lifecycle: simple\nstages:\n  setup:\n    steps:\n      - run: echo setup\n  deploy:\n    steps:\n      - run: echo deploy\n",
      ".ferry/deployments/api.yaml":
        "lifecycle: other\nstages:\n  setup:\n    steps:\n      - run: echo setup\n  deploy:\n    steps:\n      - run: echo deploy\n",
      ".ferry/deployments/old.yaml": "lifecycle: standard\n",
    });
    const io = new RecordingIO({}, dir);
    const outcome = await validateCommand(io);
    expect(outcome.files).toBe(6);
    const files = new Set(outcome.errors.map((e) => e.file));
    expect(files).toEqual(new Set([".ferry/lifecycles/broken.yml", ".ferry/deployments/old.yaml"]));
    // Checked for what it says, not refused for its name.
    expect(
      io.errors
        .filter((e) => e.annotation?.file === ".ferry/deployments/old.yaml")
        .map((e) => e.message)
        .join("\n"),
    ).not.toMatch(/named <deployment>/);
    expect(io.failed).toMatch(/errors? in 2 ferry files/);
    expect(io.summaries[0]).toContain("| `.ferry/deployments/app.yml` | none |");
    expect(io.summaries[0]).toContain("| `.ferry/deployments/api.yaml` | none |");
  });

  it("a deployment or lifecycle declared by both <name>.yml and <name>.yaml is an error on each file", async () => {
    const manifest =
      "lifecycle: setup-deploy\nstages:\n  setup:\n    steps:\n      - run: echo setup\n  deploy:\n    steps:\n      - run: echo deploy\n";
    const lifecycle = readFileSync(join(import.meta.dirname, "../../lifecycles/setup-deploy.yml"), "utf8").replace(
      /^name: setup-deploy$/m,
      "name: simple",
    );
    const dir = await tempRepo({
      ".ferry/lifecycles/simple.yml": lifecycle,
      ".ferry/lifecycles/simple.yaml": lifecycle,
      ".ferry/deployments/web.yml": manifest,
      ".ferry/deployments/web.yaml": manifest,
    });
    const io = new RecordingIO({}, dir);
    const outcome = await validateCommand(io);
    expect(outcome.errors.map((e) => [e.file, e.code])).toEqual([
      [".ferry/lifecycles/simple.yaml", "duplicate-name"],
      [".ferry/lifecycles/simple.yml", "duplicate-name"],
      [".ferry/deployments/web.yaml", "duplicate-name"],
      [".ferry/deployments/web.yml", "duplicate-name"],
    ]);
    expect(io.errors[2]).toMatchObject({
      message:
        '"web" is declared twice: here and in .ferry/deployments/web.yml; keep one file (ferry reads neither until then)',
      annotation: { file: ".ferry/deployments/web.yaml", startLine: 1 },
    });
    expect(io.failed).toMatch(/4 errors in 4 ferry files/);
  });

  it("a repository without ferry files passes and says so", async () => {
    const io = new RecordingIO({}, await tempRepo());
    expect(await validateCommand(io)).toEqual({ files: 0, errors: [] });
    expect(io.failed).toBeUndefined();
    expect(io.summaries[0]).toContain("No `.ferry/deployments/*.yml`");
  });
});

describe("runAction and the commands that do not run stages", () => {
  it("names the commands when the command is unknown, and validates by default", async () => {
    const io = new RecordingIO({ command: "deploy" }, repo);
    await runAction(io);
    expect(io.failed).toBe('unknown command "deploy": use one of stage, engine, validate, report');
    const byDefault = new RecordingIO({}, await tempRepo());
    await runAction(byDefault);
    expect(byDefault.outputs["result"]).toBe("succeeded");
  });

  it("command engine refuses to run without a repository, a token or a handled event", async () => {
    const noRepo = new RecordingIO({ command: "engine", token: "t" }, repo);
    await runAction(noRepo);
    expect(noRepo.failed).toContain("needs GITHUB_REPOSITORY");
    const noToken = new RecordingIO({ command: "engine" }, repo, { GITHUB_REPOSITORY: "acme/web" });
    await runAction(noToken);
    expect(noToken.failed).toContain("needs a token");
    const release = new RecordingIO({ command: "engine", token: "t" }, repo, {
      GITHUB_REPOSITORY: "acme/web",
      GITHUB_EVENT_NAME: "release",
    });
    await runAction(release);
    expect(release.failed).toContain('does not handle "release" events');
  });

  it("command stage through runAction", async () => {
    const io = new RecordingIO(stage("install"), repo, { API_KEY: "x" });
    await runAction(io, { signal: new AbortController().signal });
    expect(io.outputs["result"]).toBe("succeeded");
  });
});

describe("command report against the stand-in", () => {
  let gh: GitHubStandin;
  let sha = "";
  const env = () => ({
    GITHUB_REPOSITORY: "acme/web",
    GITHUB_SHA: sha,
    GITHUB_API_URL: gh.baseUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "77",
  });

  beforeAll(async () => {
    gh = await startTestStandin();
    await gh.createRepo({ owner: "acme", name: "web", files: { "README.md": "hi" } });
    sha = (await gh.branchSha("acme", "web", "main"))!;
  });
  afterAll(async () => gh.close());

  it("writes ferry/<deployment>/report on the workflow's commit, linking the run", async () => {
    const io = new RecordingIO(
      {
        command: "report",
        deployment: "web",
        status: "success",
        description: "x".repeat(200),
        token: gh.installationToken("acme", "web"),
      },
      repo,
      env(),
    );
    await runAction(io);
    expect(io.failed).toBeUndefined();
    expect(io.outputs["result"]).toBe("succeeded");
    const [status] = gh.listStatuses("acme", "web", sha);
    expect(status).toMatchObject({
      context: "ferry/web/report",
      state: "success",
      targetUrl: "https://github.com/acme/web/actions/runs/77",
    });
    expect(status!.description).toHaveLength(140);
    expect(gh.violations).toEqual([]);
  });

  it("refuses bad inputs all at once, and explains a refused write", async () => {
    const io = new RecordingIO({ deployment: "Web", status: "ok" }, repo, {});
    expect(await reportCommand(io)).toBeUndefined();
    expect(io.failed).toMatch(
      /deployment must be.*status must be one of success, failure, pending, error.*token is empty.*GITHUB_REPOSITORY is not set.*full sha/,
    );
    const client = (token: string, baseUrl: string) => tokenClient(token, baseUrl, RetryingTestOctokit);
    const attempt = async () => {
      const io = new RecordingIO(
        { deployment: "web", status: "failure", token: gh.installationToken("acme", "web") },
        repo,
        env(),
      );
      expect(await reportCommand(io, { client })).toBeUndefined();
      expect(gh.faults.pending()).toEqual([]);
      return io.failed;
    };
    // A token without the permission: GitHub's 403 names no rate limit, and the hint names the permission.
    gh.faults.next({ status: 403, limit: "permission", match: { route: "repos/create-commit-status" } });
    expect(await attempt()).toMatch(
      /could not write the ferry\/web\/report status .*Resource not accessible by integration.* \(the token needs `statuses: write`\)/,
    );
    // The token client retries a 403 GitHub calls a secondary rate limit; one that lasts through every retry is
    // explained as the limit, not as a missing permission.
    gh.faults.next({ status: 403, count: RATE_LIMIT_RETRIES + 1, match: { route: "repos/create-commit-status" } });
    const limited = await attempt();
    expect(limited).toMatch(
      /could not write the ferry\/web\/report status .*secondary rate limit.*\(GitHub's secondary rate limit, still in force after ferry's retries: not a permission problem/,
    );
    expect(limited).not.toMatch(/statuses: write/);
  });
});

describe("command engine against the stand-in (the app in token mode, inside a workflow)", () => {
  let gh: GitHubStandin;
  const manifest =
    "lifecycle: standard\nstages:\n  install:\n    timeout: 10m\n    steps:\n      - run: echo install\n  rollback:\n    steps:\n      - run: echo rollback\n";

  beforeAll(async () => {
    gh = await startTestStandin();
  });
  afterAll(async () => gh.close());

  it("handles a push like the app (state branch, dispatch), and a schedule fires the stage's deadline", async () => {
    const { initTemplates } = await import("../../src/cli/init-templates.ts");
    const workflow = initTemplates()[".github/workflows/ferry-stage.yml"]!;
    const info = await gh.createRepo({
      owner: "acme",
      name: "eng",
      files: { "README.md": "hi", ".github/workflows/ferry-stage.yml": workflow },
    });
    const sha = await gh.push({
      owner: "acme",
      repo: "eng",
      branch: "main",
      files: { ".ferry/deployments/web.yml": manifest },
      message: "add web",
      actor: "octocat",
    });
    const event = join(mkdtempSync(join(tmpdir(), "ferry-event-")), "event.json");
    const payload = {
      ref: "refs/heads/main",
      before: info.headSha,
      after: sha,
      created: false,
      deleted: false,
      forced: false,
      commits: [{ id: sha, added: [".ferry/deployments/web.yml"], removed: [], modified: [] }],
      repository: { name: "eng", full_name: "acme/eng", owner: { login: "acme" }, default_branch: "main" },
      sender: { login: "octocat" },
    };
    writeFileSync(event, JSON.stringify(payload));
    const env = {
      GITHUB_REPOSITORY: "acme/eng",
      GITHUB_API_URL: gh.baseUrl,
      GITHUB_RUN_ID: "9",
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_EVENT_PATH: event,
    };
    const token = gh.installationToken("acme", "eng");

    // Each workflow run is a new app; the clock they read starts at the real time (the stand-in's are real) and
    // moves only when the test says.
    const clock = new ManualClock(new Date().toISOString());
    const push = new RecordingIO({ command: "engine", token }, repo, { ...env, GITHUB_EVENT_NAME: "push" });
    await engineCommand(push, { Octokit: TestOctokit, clock });
    expect(push.failed).toBeUndefined();
    expect(push.outputs["result"]).toBe("succeeded");
    const state = JSON.parse((await gh.readFile("acme", "eng", "ferry/state", "deployments/web.json"))!) as {
      regions: { main: { state: string } };
      run: { version: string };
    };
    expect(state).toMatchObject({ regions: { main: { state: "installing" } }, run: { version: sha } });
    const [run] = gh.runner.pending();
    expect(run).toBeDefined();

    // The install stage's 10-minute timeout passes on the clock the engine reads before the scheduled workflow
    // runs; by the wall clock it is still far off, so the deadline fires only if both runs read the clock given.
    clock.advance(10 * 60 + 1);
    const schedule = new RecordingIO({ command: "engine", token }, repo, { ...env, GITHUB_EVENT_NAME: "schedule" });
    await engineCommand(schedule, { Octokit: TestOctokit, clock });
    expect(schedule.failed).toBeUndefined();
    const after = JSON.parse((await gh.readFile("acme", "eng", "ferry/state", "deployments/web.json"))!) as {
      regions: { main: { state: string } };
      error: { step: string };
    };
    expect(after).toMatchObject({ regions: { main: { state: "failed" } }, error: { step: "install" } });
    expect(gh.checkRuns("acme", "eng").find((c) => c.name === "ferry/web")).toMatchObject({ conclusion: "failure" });
    expect(gh.violations).toEqual([]);
  }, 30_000);

  it("retries a 502 from GitHub with its default Octokit (ferry's), instead of failing the run", async () => {
    await gh.createRepo({ owner: "acme", name: "eng-retry", files: { "README.md": "hi" } });
    const env = { GITHUB_REPOSITORY: "acme/eng-retry", GITHUB_API_URL: gh.baseUrl, GITHUB_EVENT_NAME: "schedule" };
    const io = new RecordingIO({ command: "engine", token: gh.installationToken("acme", "eng-retry") }, repo, env);
    // The first request a scheduled run makes: the repository, for its default branch. One retry waits 1 s.
    gh.faults.next({ status: 502, match: { route: "repos/get" } });
    await engineCommand(io);
    expect(gh.faults.pending()).toEqual([]);
    expect(io.failed).toBeUndefined();
    expect(io.outputs["result"]).toBe("succeeded");
    expect(gh.rejections.filter((r) => r.status === 502 && r.path === "/repos/acme/eng-retry")).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });
});
