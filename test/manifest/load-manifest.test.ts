import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { initialDeploymentState } from "../../src/core/deployment-state.ts";
import type { FerryEvent } from "../../src/core/ferry-event.ts";
import { transition } from "../../src/core/transition.ts";
import { BUILTIN_LIFECYCLES, builtinLifecycles } from "../../src/manifest/builtin-lifecycles.ts";
import { loadLifecycle } from "../../src/manifest/load-lifecycle.ts";
import { deploymentSpecOf } from "../../src/manifest/deployment-spec-of.ts";
import { deploymentNameOf, loadManifest, type ManifestLoad } from "../../src/manifest/load-manifest.ts";
import type { Manifest } from "../../src/manifest/manifest.ts";
import { formatSourceError } from "../../src/manifest/source-error.ts";
import { lifecycleFor, transitionContextOf } from "../../src/manifest/transition-context-of.ts";

const fixtures = new URL("../fixtures/manifests/", import.meta.url);
const examples = new URL("../../examples/", import.meta.url);
const read = (base: URL, file: string) => readFileSync(new URL(file, base), "utf8");
const ymlIn = (base: URL) =>
  readdirSync(base)
    .filter((f) => f.endsWith(".yml"))
    .sort();

function loaded(result: ManifestLoad): Manifest {
  if (!result.ok) throw new Error(result.errors.map(formatSourceError).join("\n"));
  return result.manifest;
}

const load = (dir: "valid" | "invalid", file: string) =>
  loadManifest(read(new URL(`${dir}/`, fixtures), file), `.ferry/deployments/${file}`);

interface Expected {
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly code: string;
  readonly message: string;
  /** The name a "did you mean" offers; none unless given. */
  readonly suggestion?: string;
}

const cases: Readonly<Record<string, readonly Expected[]>> = {
  "yaml-error.yml": [
    { line: 6, column: 1, path: "", code: "yaml", message: "block sequence may not be used as an implicit map key" },
  ],
  "not-a-map.yml": [{ line: 1, column: 1, path: "", code: "schema", message: "must be a map, not a list" }],
  "empty.yml": [
    {
      line: 1,
      column: 1,
      path: "",
      code: "schema",
      message:
        "the file is empty; a manifest needs at least `lifecycle:` and the `stages:` that lifecycle runs (see `ferry init`)",
    },
  ],
  "misspelt-key.yml": [
    // A schema error and a semantic one, found together; each offers the name most likely meant.
    {
      line: 2,
      column: 1,
      path: "/environmnet",
      code: "schema",
      message: 'unknown key "environmnet"; did you mean "environment"?',
      suggestion: "environment",
    },
    {
      line: 10,
      column: 3,
      path: "/stages/helth-check",
      code: "unused-stage",
      message: 'did you mean "health-check"?',
      suggestion: "health-check",
    },
  ],
  "Bad_Name.yml": [{ line: 1, column: 1, path: "", code: "name", message: 'invalid deployment name "Bad_Name"' }],
  "missing-lifecycle.yml": [
    { line: 1, column: 1, path: "", code: "schema", message: 'missing required key "lifecycle"' },
  ],
  "unknown-lifecycle.yml": [
    {
      line: 1,
      column: 12,
      path: "/lifecycle",
      code: "unknown-lifecycle",
      message: 'unknown lifecycle "blue-green": known lifecycles are preview, rolling',
    },
  ],
  "unknown-property.yml": [
    {
      line: 3,
      column: 3,
      path: "/triggers/branch",
      code: "schema",
      message: 'unknown key "branch"; did you mean "branches"?',
      suggestion: "branches",
    },
  ],
  "bad-concurrency.yml": [
    {
      line: 2,
      column: 14,
      path: "/concurrency",
      code: "schema",
      message: 'must be one of "queue", "reject", "supersede"',
    },
  ],
  "on-interrupt-unknown.yml": [
    // The fixture also leaves out the rollback stage: the semantic check sees it beside the schema error.
    {
      line: 2,
      column: 1,
      path: "/stages",
      code: "missing-stage",
      message: 'stage "rollback" is required by lifecycle standard (state rolling_back) but not defined',
    },
    {
      line: 4,
      column: 18,
      path: "/stages/install/onInterrupt",
      code: "schema",
      message: 'must be one of "rerun", "fail"',
    },
  ],
  "missing-required-stage.yml": [
    {
      line: 2,
      column: 1,
      path: "/stages",
      code: "missing-stage",
      message: 'stage "rollback" is required by lifecycle standard (state rolling_back)',
    },
  ],
  "misspelt-stage.yml": [
    {
      line: 9,
      column: 3,
      path: "/stages/helth-check",
      code: "unused-stage",
      message: 'did you mean "health-check"?',
      suggestion: "health-check",
    },
  ],
  "typed-stage-without-type.yml": [
    {
      line: 5,
      column: 3,
      path: "/stages/odoo.deploy",
      code: "unused-stage",
      message: "it is for type odoo, and the manifest has no `type`",
    },
  ],
  "typed-stage-not-dispatched.yml": [
    {
      line: 7,
      column: 3,
      path: "/stages/api.rollout",
      code: "unused-stage",
      message: 'lifecycle rolling has no type-dispatched stage "rollout"',
    },
  ],
  "no-steps.yml": [
    { line: 3, column: 3, path: "/stages/rollout", code: "schema", message: 'missing required key "steps"' },
  ],
  "step-without-command.yml": [
    {
      line: 5,
      column: 9,
      path: "/stages/rollout/steps/0",
      code: "schema",
      message: "needs one of run, args, http-check, artifact",
    },
  ],
  "step-misspelt-kind.yml": [
    // One mistake: the misspelt key is the command the step "needs one of", so that is not said again.
    {
      line: 6,
      column: 9,
      path: "/stages/rollout/steps/0/http_check",
      code: "schema",
      message: 'unknown key "http_check"; did you mean "http-check"?',
      suggestion: "http-check",
    },
  ],
  "run-and-args.yml": [
    {
      line: 6,
      column: 9,
      path: "/stages/rollout/steps/0/args",
      code: "schema",
      message: 'key "args" is not allowed here',
    },
  ],
  "bad-duration.yml": [
    {
      line: 4,
      column: 14,
      path: "/stages/rollout/timeout",
      code: "schema",
      message: 'must be a duration (e.g. "90s", "30m", "2h", "1d12h")',
    },
  ],
  "zero-duration.yml": [
    {
      line: 6,
      column: 18,
      path: "/stages/rollout/steps/0/timeout",
      code: "duration",
      message: 'duration "0m" must be longer than 0s',
    },
  ],
  "bad-sha256.yml": [
    {
      line: 7,
      column: 19,
      path: "/stages/fetch/steps/0/artifact/sha256",
      code: "schema",
      message: "must be 64 lowercase hex digits",
    },
  ],
  "artifact-path-escapes.yml": [
    {
      line: 8,
      column: 17,
      path: "/stages/fetch/steps/0/artifact/path",
      code: "schema",
      message: "must be a relative path inside the checkout",
    },
  ],
  "http-check-bad-status.yml": [
    {
      line: 8,
      column: 25,
      path: "/stages/rollout/steps/1/http-check/expectStatus",
      code: "schema",
      message: "must be at most 599",
    },
  ],
  "http-check-not-http.yml": [
    { line: 3, column: 10, path: "/healthChecks/0/url", code: "schema", message: "must be an http or https URL" },
  ],
  "strategy-on-standard.yml": [
    {
      line: 2,
      column: 1,
      path: "/strategy",
      code: "strategy-not-used",
      message: "strategy is only for rolling lifecycles",
    },
  ],
  "fleet-amount-bad.yml": [
    {
      line: 3,
      column: 14,
      path: "/strategy/batchSize",
      code: "schema",
      message: 'must be a count or a percentage from 1% to 100% (e.g. 2, "25%")',
    },
    { line: 4, column: 21, path: "/strategy/failureThreshold", code: "schema", message: "must be at least 1" },
  ],
  "fleet-amount-over-100.yml": [
    {
      line: 3,
      column: 14,
      path: "/strategy/batchSize",
      code: "schema",
      message: 'must be a count or a percentage from 1% to 100% (e.g. 2, "25%")',
    },
    {
      line: 4,
      column: 21,
      path: "/strategy/failureThreshold",
      code: "schema",
      message: "must be a whole number or text, not 2.5",
    },
  ],
  "degraded-unknown.yml": [
    { line: 3, column: 13, path: "/strategy/degraded", code: "schema", message: 'must be one of "block", "fail"' },
  ],
  "threshold-over-instances.yml": [
    {
      line: 4,
      column: 21,
      path: "/strategy/failureThreshold",
      code: "threshold",
      message: "failureThreshold 3 is more than the 2 instances",
    },
  ],
  "empty-instances.yml": [
    { line: 3, column: 3, path: "/strategy/instances", code: "schema", message: "needs at least one item" },
  ],
  "unknown-timer.yml": [
    {
      line: 4,
      column: 3,
      path: "/timers/pause-afer",
      code: "unknown-timer",
      message:
        'is not scheduled by lifecycle preview (it schedules: drop-after, pause-after); did you mean "pause-after"?',
      suggestion: "pause-after",
    },
  ],
  "promotion-self.yml": [
    {
      line: 3,
      column: 9,
      path: "/promotion/from",
      code: "promotion-self",
      message: "promotion.from names this deployment itself",
    },
  ],
  "promotion-bad-from.yml": [
    {
      line: 3,
      column: 9,
      path: "/promotion/from",
      code: "schema",
      message: 'must be a deployment name (e.g. "staging")',
    },
  ],
  "env-number.yml": [
    { line: 3, column: 9, path: "/env/PORT", code: "schema", message: "must be text or a map, not 8080" },
  ],
  "env-bad-name.yml": [
    {
      line: 5,
      column: 7,
      path: "/stages/rollout/env/LOG-LEVEL",
      code: "schema",
      message: 'invalid name "LOG-LEVEL": must be an environment variable name',
    },
  ],
  "env-secret-reserved.yml": [
    { line: 3, column: 20, path: "/env/TOKEN/secret", code: "schema", message: "must be a secret name" },
  ],
  "shell-unknown.yml": [
    {
      line: 6,
      column: 16,
      path: "/stages/rollout/steps/0/shell",
      code: "schema",
      message:
        'must be bash, sh, pwsh, python, node, or a command line with {0} for the script file (e.g. "bash", "perl {0}")',
    },
  ],
  "shell-on-args.yml": [
    {
      line: 6,
      column: 9,
      path: "/stages/rollout/steps/0/shell",
      code: "schema",
      message: 'key "shell" is not allowed here',
    },
  ],
  "runs-on-empty.yml": [{ line: 2, column: 1, path: "/runs-on", code: "schema", message: "needs at least one item" }],
  "runs-on-bad-label.yml": [
    {
      line: 4,
      column: 28,
      path: "/stages/install/runs-on/1",
      code: "schema",
      message: 'must be a runner label (e.g. "ubuntu-latest", "self-hosted")',
    },
    { line: 8, column: 14, path: "/stages/rollback/runs-on", code: "schema", message: "must be text or a list, not 4" },
  ],
  "working-directory-twice.yml": [
    {
      line: 7,
      column: 9,
      path: "/stages/rollout/steps/0/workingDirectory",
      code: "schema",
      message: 'key "workingDirectory" is not allowed here',
    },
  ],
};

describe("loadManifest: invalid fixtures", () => {
  it("has a case for every fixture and a fixture for every case", () => {
    expect(ymlIn(new URL("invalid/", fixtures))).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))("%s", (file, expected) => {
    const result = load("invalid", file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(({ line, column, path, code }) => ({ line, column, path, code }))).toEqual(
      expected.map(({ line, column, path, code }) => ({ line, column, path, code })),
    );
    result.errors.forEach((error, i) => {
      expect(error.message).toContain(expected[i]!.message);
      expect(error.suggestion).toBe(expected[i]!.suggestion);
    });
  });
});

describe("loadManifest: valid fixtures and examples", () => {
  it.each(ymlIn(new URL("valid/", fixtures)))("fixture %s loads", (file) => {
    expect(loaded(load("valid", file)).name).toBe(file.replace(/\.yml$/, ""));
  });

  it("has one example per built-in lifecycle, each named after it", () => {
    expect(ymlIn(examples)).toEqual([...BUILTIN_LIFECYCLES].map((name) => `${name}.yml`).sort());
  });

  it.each([...BUILTIN_LIFECYCLES])("examples/%s.yml loads", (name) => {
    const manifest = loaded(loadManifest(read(examples, `${name}.yml`), `examples/${name}.yml`));
    expect(manifest.lifecycle).toBe(name);
    expect(Object.keys(manifest.stages).length).toBeGreaterThan(0);
  });
});

describe("loadManifest: what it builds", () => {
  it("applies the defaults to a minimal manifest", () => {
    const manifest = loaded(load("valid", "minimal.yml"));
    expect(manifest).toEqual({
      name: "minimal",
      file: ".ferry/deployments/minimal.yml",
      lifecycle: "standard",
      environment: "minimal",
      runsOn: "ubuntu-latest",
      quick: false,
      triggers: { pullRequests: false },
      timers: {},
      scope: { allowDrop: false },
      env: {},
      secrets: [],
      healthChecks: [],
      stages: {
        install: {
          retries: 0,
          env: {},
          steps: [{ kind: "command", name: "./install.sh", command: { script: "./install.sh" }, env: {} }],
        },
        rollback: {
          retries: 0,
          env: {},
          steps: [{ kind: "command", name: "./rollback.sh", command: { script: "./rollback.sh" }, env: {} }],
        },
      },
    });
  });

  it("converts durations to seconds and tags every kind of step", () => {
    const manifest = loaded(load("valid", "every-field.yml"));
    expect(manifest.environment).toBe("Production EU");
    expect(manifest.runsOn).toEqual(["self-hosted", "linux"]);
    expect(manifest.stages.install!.runsOn).toBe("ubuntu-latest");
    expect(manifest.stages.fetch!.runsOn).toBeUndefined();
    expect(manifest.concurrency).toBe("supersede");
    expect(manifest.triggers).toEqual({
      branches: ["main", "release/*"],
      paths: ["app/**", "!app/docs/**"],
      pullRequests: false,
    });
    expect(manifest.env).toEqual({ LOG_LEVEL: "info", API_TOKEN: { secret: "API_TOKEN" } });
    expect(manifest.healthChecks).toEqual([
      {
        name: "home page",
        url: "https://example.com/",
        expectStatus: 200,
        retries: 0,
        intervalSeconds: 5,
        timeoutSeconds: 10,
      },
      {
        name: "https://example.com/health",
        url: "https://example.com/health",
        expectStatus: 204,
        retries: 3,
        intervalSeconds: 10,
        timeoutSeconds: 2,
      },
    ]);
    const fetch = manifest.stages.fetch!;
    expect({
      timeout: fetch.timeoutSeconds,
      retries: fetch.retries,
      backoff: fetch.backoffSeconds,
      onInterrupt: fetch.onInterrupt,
    }).toEqual({
      timeout: 600,
      retries: 2,
      backoff: 15,
      onInterrupt: "fail",
    });
    expect(manifest.stages.install!.onInterrupt).toBeUndefined();
    expect(fetch.steps[0]).toEqual({
      kind: "artifact",
      name: "release tarball",
      url: "https://downloads.example.com/app-1.2.3.tar.gz",
      sha256: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      path: "dist/app.tar.gz",
    });
    const [unpack, script] = manifest.stages.install!.steps;
    expect(unpack).toEqual({
      kind: "command",
      name: "unpack",
      command: { argv: ["tar", "-xzf", "dist/app.tar.gz", "-C", "dist"] },
      timeoutSeconds: 120,
      env: { TAR_OPTIONS: "--no-same-owner" },
      workingDirectory: ".",
    });
    expect(script).toMatchObject({
      kind: "command",
      name: "./dist/install.sh",
      command: { script: "./dist/install.sh\n./dist/migrate.sh\n" },
    });
    expect(manifest.stages["health-check"]!.steps[0]).toEqual({
      kind: "http-check",
      name: "answers",
      check: {
        url: "http://localhost:8080/health",
        expectStatus: 200,
        retries: 5,
        intervalSeconds: 5,
        timeoutSeconds: 1,
      },
    });
  });

  it("keeps each run step's shell, and reads working-directory as Actions spells it", () => {
    const steps = loaded(load("valid", "shells.yml")).stages.setup!.steps;
    expect(
      steps.map((step) =>
        step.kind === "command" && "script" in step.command ? (step.command.shell ?? "default") : step.kind,
      ),
    ).toEqual(["default", "bash", "sh", "pwsh", "python", "node", "perl {0}", "pwsh -noprofile -command \". '{0}'\""]);
    expect(steps[0]).toEqual({
      kind: "command",
      name: 'echo "by default bash -eo pipefail, or sh -e"',
      command: { script: 'echo "by default bash -eo pipefail, or sh -e"' },
      env: {},
    });
    expect(steps[4]).toEqual({
      kind: "command",
      name: 'print("python")',
      command: { script: 'print("python")', shell: "python" },
      env: {},
      workingDirectory: "scripts",
    });
    expect(steps[5]).toMatchObject({ workingDirectory: "scripts" });
  });

  it("gives each dispatched stage its runs-on: its own, else the deployment's; a type's variant replaces the plain stage's", () => {
    const manifest = loaded(load("valid", "runs-on.yml"));
    expect(manifest.runsOn).toEqual(["self-hosted", "linux", "deploy"]);
    expect(manifest.stages.deploy!.runsOn).toBe("ubuntu-latest");
    expect(manifest.stages.initialize!.runsOn).toBeUndefined();
    const lifecycle = builtinLifecycles().get("preview")!;
    expect(deploymentSpecOf(manifest, lifecycle).runsOn).toEqual({
      default: ["self-hosted", "linux", "deploy"],
      stages: {
        initialize: ["self-hosted", "linux", "deploy"],
        // docker.deploy runs, not deploy: its runs-on is the deployment's.
        deploy: ["self-hosted", "linux", "deploy"],
        pause: ["self-hosted", "docker"],
        drop: "ubuntu-24.04",
      },
    });
    const minimal = loaded(load("valid", "minimal.yml"));
    expect(deploymentSpecOf(minimal, builtinLifecycles().get("standard")!).runsOn).toEqual({
      default: "ubuntu-latest",
      stages: { install: "ubuntu-latest", rollback: "ubuntu-latest" },
    });
  });

  it("takes the deployment name from the file name", () => {
    expect(deploymentNameOf(".ferry/deployments/web-production.yml")).toBe("web-production");
    expect(deploymentNameOf("C:\\repo\\.ferry\\deployments\\api.yml")).toBe("api");
    const text = read(new URL("valid/", fixtures), "minimal.yml");
    expect(loaded(loadManifest(text, ".ferry/deployments/web-production.yml")).environment).toBe("web-production");
    expect(deploymentNameOf(".ferry/deployments/web.yaml")).toBe("web");
    expect(loaded(loadManifest(text, ".ferry/deployments/web.yaml"))).toMatchObject({
      name: "web",
      file: ".ferry/deployments/web.yaml",
      environment: "web",
    });
    const json = loadManifest(text, ".ferry/deployments/web.json");
    expect(json.ok ? [] : json.errors.map((e) => [e.path, e.message])).toEqual([
      ["", 'deployment manifests are named <deployment>.yml (or .yaml), not "web.json"'],
    ]);
    const long = loadManifest(text, `${"a".repeat(64)}.yml`);
    expect(long.ok).toBe(false);
  });

  it("lets `<type>.<stage>` stand in for a required type-dispatched stage", () => {
    const manifest = loaded(load("valid", "preview-typed.yml"));
    expect(Object.keys(manifest.stages)).not.toContain("deploy");
    const untyped = read(new URL("valid/", fixtures), "preview-typed.yml").replace("type: wordpress\n", "");
    const result = loadManifest(untyped, "preview.yml");
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code])).toEqual([
      ["/stages", "missing-stage"],
      ["/stages/wordpress.initialize", "unused-stage"],
      ["/stages/wordpress.deploy", "unused-stage"],
    ]);
  });

  it("reports every problem at once, in file order", () => {
    const text = [
      "lifecycle: rolling",
      "strategy:",
      "  instances: 2",
      "  failureThreshold: 3",
      "timers:",
      "  soon: 1h",
      "stages:",
      "  rolout:",
      "    steps: [{ run: x }]",
      "",
    ].join("\n");
    const result = loadManifest(text, "api.yml");
    expect(result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.code}`)).toEqual([
      "4:21 threshold",
      "6:3 unknown-timer",
      "7:1 missing-stage",
      "8:3 unused-stage",
    ]);
  });
});

describe("loadManifest: repository lifecycles", () => {
  const custom = loadLifecycle(
    [
      "name: canary",
      "description: One canary stage, then the rest.",
      "concurrency: reject",
      "initial: idle",
      "states:",
      "  idle: { kind: steady, on: { deploy: canary } }",
      "  canary:",
      "    kind: stage",
      "    stage: canary",
      "    on: { stage.succeeded: idle, stage.failed: idle }",
      "",
    ].join("\n"),
    ".ferry/lifecycles/canary.yml",
  );
  if (!custom.ok) throw new Error(custom.errors.map(formatSourceError).join("\n"));
  const known = new Map([...builtinLifecycles(), ["canary", custom.lifecycle]]);
  const text =
    "lifecycle: canary\nstrategy: { instances: [a, b], failureThreshold: 1 }\nstages:\n  canary: { steps: [{ args: [./canary.sh] }] }\n";

  it("accepts a lifecycle the repository defines, strategy included", () => {
    const result = loadManifest(text, "web.yml", { knownLifecycles: known });
    expect(result.ok && result.lifecycle.name).toBe("canary");
  });

  it("does not know it without being told", () => {
    const result = loadManifest(text, "web.yml");
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(["unknown-lifecycle"]);
  });
});

describe("transitionContextOf", () => {
  it("passes the guard inputs, stage settings and timers to the core", () => {
    const manifest = loaded(loadManifest(read(examples, "preview.yml"), "examples/preview.yml"));
    const context = transitionContextOf(manifest);
    expect(context).toEqual({
      quick: false,
      type: "odoo",
      allowDrop: true,
      autoRollback: true,
      stages: {
        initialize: { retries: 0 },
        deploy: { retries: 0 },
        "odoo.deploy": { timeoutSeconds: 900, retries: 1 },
        pause: { retries: 0 },
        drop: { retries: 0 },
      },
      timers: { "pause-after": 7200, "drop-after": 604_800 },
    });
    const rolling = transitionContextOf(loaded(load("valid", "rolling-count.yml")));
    expect({ threshold: rolling.threshold, autoRollback: rolling.autoRollback }).toEqual({
      threshold: 2,
      autoRollback: true,
    });
    const percent = transitionContextOf(loaded(load("valid", "rolling-percent.yml")));
    expect({ threshold: percent.threshold, thresholdPercent: percent.thresholdPercent }).toEqual({
      threshold: undefined,
      thresholdPercent: 10,
    });
  });

  it("reads the fleet strategy: counts, percentages and the degraded policy, with their defaults", () => {
    expect(loaded(load("valid", "rolling-percent.yml")).strategy).toEqual({
      batchSize: { kind: "percent", percent: 25 },
      failureThreshold: { kind: "percent", percent: 10 },
      autoRollback: true,
      degraded: "fail",
      fleet: false,
    });
    expect(loaded(load("valid", "rolling-count.yml")).strategy).toEqual({
      instances: 10,
      batchSize: { kind: "count", count: 3 },
      failureThreshold: { kind: "count", count: 2 },
      autoRollback: true,
      degraded: "block",
      fleet: false,
    });
  });

  it("reads a fleet strategy: the rollout stage needs no steps, and the deployment's spec carries the policy", () => {
    const text = "lifecycle: rolling\nstrategy:\n  fleet: true\n  batchSize: 20%\n";
    const manifest = loaded(loadManifest(text, ".ferry/deployments/api.yml"));
    expect(manifest.strategy).toMatchObject({ fleet: true, batchSize: { kind: "percent", percent: 20 } });
    expect(transitionContextOf(manifest).stages).toEqual({ rollout: { retries: 0 } });
    // Without fleet, the same manifest misses its rollout stage.
    expect(loadManifest(text.replace("fleet: true", "fleet: false"), "x.yml")).toMatchObject({ ok: false });
  });

  it("drives the core: type-dispatched stage, its timeout and the manifest's timers", () => {
    const example = loadManifest(read(examples, "preview.yml"), "examples/preview.yml");
    if (!example.ok) throw new Error("example does not load");
    const { lifecycle } = example;
    const context = transitionContextOf(example.manifest);
    const base = { actor: "alice", cause: "label" } as const;
    let state = initialDeploymentState(lifecycle, "preview", "2025-03-01T09:00:00.000Z");
    const step = (event: FerryEvent) => {
      const result = transition(lifecycle, state, event, context);
      if (!result.ok) throw new Error(result.detail);
      state = result.state;
      return result.effects;
    };
    step({ ...base, id: "1", at: "2025-03-01T09:00:00.000Z", type: "deploy", version: "abc123" });
    const effects = step({
      ...base,
      id: "2",
      at: "2025-03-01T09:01:00.000Z",
      type: "stage.succeeded",
      stage: { runId: 1, attempt: 1, stage: "initialize" },
    });
    expect(effects).toContainEqual(
      expect.objectContaining({ type: "runStage", stage: "odoo.deploy", deadline: "2025-03-01T09:16:00.000Z" }),
    );
    step({
      ...base,
      id: "3",
      at: "2025-03-01T09:05:00.000Z",
      type: "stage.succeeded",
      stage: { runId: 1, attempt: 1, stage: "odoo.deploy" },
    });
    expect(state.regions.main?.state).toBe("deploy");
    expect(state.timers.map((t) => [t.name, t.due])).toEqual([
      ["pause-after", "2025-03-01T11:05:00.000Z"],
      ["drop-after", "2025-03-08T09:05:00.000Z"],
    ]);
  });

  it("applies the manifest's concurrency override to the lifecycle", () => {
    const quick = loadManifest(read(new URL("valid/", fixtures), "stack-quick.yml"), "stack-quick.yml");
    if (!quick.ok) throw new Error("fixture does not load");
    expect(quick.lifecycle.concurrency).toBe("queue");
    expect(lifecycleFor(quick.lifecycle, quick.manifest).concurrency).toBe("reject");
    const minimal = loaded(loadManifest(read(new URL("valid/", fixtures), "minimal.yml"), "minimal.yml"));
    const standard = builtinLifecycles().get("standard")!;
    expect(lifecycleFor(standard, minimal)).toBe(standard);
  });

  it("keeps a state's own concurrency over the manifest's", () => {
    const text = read(examples, "preview.yml").replace(
      "lifecycle: preview\n",
      "lifecycle: preview\nconcurrency: queue\n",
    );
    const preview = loadManifest(text, "preview.yml");
    if (!preview.ok) throw new Error("example does not load");
    const lifecycle = lifecycleFor(preview.lifecycle, preview.manifest);
    expect(lifecycle.concurrency).toBe("queue");
    expect(lifecycle.regions.main?.states.dropping?.concurrency).toBe("reject");
  });
});

describe("examples/canary: a repository's own lifecycle and the manifests that use it", () => {
  const ferry = new URL("canary/.ferry/", examples);

  it("the lifecycle loads with its events, and staging and web load against it, web with its promotion", () => {
    const loadedLifecycle = loadLifecycle(read(ferry, "lifecycles/canary.yml"), ".ferry/lifecycles/canary.yml");
    if (!loadedLifecycle.ok) throw new Error(loadedLifecycle.errors.map(formatSourceError).join("\n"));
    expect(loadedLifecycle.lifecycle.events?.map((e) => e.name)).toEqual(["promote", "abort"]);
    const knownLifecycles = new Map([...builtinLifecycles(), ["canary", loadedLifecycle.lifecycle]]);
    const staging = loaded(
      loadManifest(read(ferry, "deployments/staging.yml"), ".ferry/deployments/staging.yml", { knownLifecycles }),
    );
    expect(staging.lifecycle).toBe("standard");
    const web = loaded(
      loadManifest(read(ferry, "deployments/web.yml"), ".ferry/deployments/web.yml", { knownLifecycles }),
    );
    expect(web).toMatchObject({ lifecycle: "canary", promotion: { from: "staging", state: "running" } });
    expect(Object.keys(web.stages).sort()).toEqual(["abort", "canary", "promote", "rollback"]);
  });

  it("declared events may be written as names or with descriptions", () => {
    const text = read(ferry, "lifecycles/canary.yml").replace(
      /events:\n(?: {2}.*\n)+?initial/,
      "events: [promote, { name: abort }]\ninitial",
    );
    const result = loadLifecycle(text, ".ferry/lifecycles/canary.yml");
    expect(result.ok && result.lifecycle.events).toEqual([{ name: "promote" }, { name: "abort" }]);
  });
});

describe("loadManifest: approvalTimeout", () => {
  const manifest = (approvalTimeout: string) =>
    `lifecycle: standard\nenvironment: production\nstages:\n  install:\n    approvalTimeout: ${approvalTimeout}\n    steps:\n      - run: ./install.sh\n  rollback:\n    steps:\n      - run: ./rollback.sh\n`;

  it("bounds the stage's wait for required reviewers, in seconds, for the core", () => {
    const install = loaded(loadManifest(manifest("2h30m"), "web.yml"));
    expect(install.stages.install?.approvalTimeoutSeconds).toBe(9000);
    expect(transitionContextOf(install).stages?.install).toMatchObject({ approvalTimeoutSeconds: 9000 });
  });

  it.each([
    ["0s", 5, 22, "duration", 'duration "0s" must be longer than 0s'],
    ["soon", 5, 22, "schema", 'must be a duration (e.g. "90s", "30m", "2h", "1d12h")'],
  ])("refuses %s at its line", (value, line, column, code, message) => {
    const result = loadManifest(manifest(value), "web.yml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject([{ line, column, path: "/stages/install/approvalTimeout", code, message }]);
  });
});
