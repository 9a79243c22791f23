import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alive, waitFor } from "../../support/processes.ts";
import { StageExecutor } from "../../../src/adapters/local/stage-executor.ts";
import { StepExecutor, type StepContext } from "../../../src/adapters/local/step-executor.ts";
import type { ArtifactStep, CommandStep, EnvMap, HttpCheckStep, Stage, Step } from "../../../src/manifest/manifest.ts";

const executor = new StepExecutor({ killGraceMs: 200 });
const ferry = {
  deployment: "web",
  stage: "deploy",
  version: "0123456789abcdef0123456789abcdef01234567",
  runId: 7,
  attempt: 2,
};

function checkout(): string {
  return mkdtempSync(join(tmpdir(), "ferry-step-"));
}

function context(dir: string, extra: Partial<StepContext> = {}): StepContext {
  return { checkout: dir, ferry, ...extra };
}

function sh(script: string, extra: Partial<Omit<CommandStep, "kind" | "command">> = {}): CommandStep {
  return { kind: "command", name: extra.name ?? script.slice(0, 20), command: { script }, env: {}, ...extra };
}

function argv(...args: [string, ...string[]]): CommandStep {
  return { kind: "command", name: args.join(" "), command: { argv: args }, env: {} };
}

function pidsIn(file: string): number[] {
  return readFileSync(file, "utf8").trim().split(/\s+/).map(Number);
}

describe("StepExecutor: command steps", () => {
  it("runs a shell script in the checkout, streaming stdout and stderr line by line", async () => {
    const dir = checkout();
    const lines: string[] = [];
    const result = await executor.run(
      sh('echo hello; echo "warn" >&2; printf "no newline"; pwd'),
      context(dir, { onLine: (line, stream) => lines.push(`${stream}:${line}`) }),
    );
    expect(result).toMatchObject({ status: "succeeded", exitCode: 0 });
    expect(lines).toEqual(expect.arrayContaining(["stdout:hello", "stderr:warn", `stdout:no newline${dir}`]));
    expect(result.output).toContain("hello");
    expect(result.output).toContain("warn");
  });

  it("fails with the exit code and the end of stderr in the message", async () => {
    const result = await executor.run(
      sh('echo "some output"; echo "boom: disk full" >&2; exit 3'),
      context(checkout()),
    );
    expect(result.status).toBe("failed");
    expect(result.exitCode).toBe(3);
    expect(result.message).toBe("exit code 3: boom: disk full");
    expect(result.output).toContain("some output");
  });

  it("layers env as base < manifest < stage < step < FERRY_* and passes nothing else of ferry's environment", async () => {
    process.env.FERRY_TEST_LEAK = "leaked";
    const manifestEnv: EnvMap = { A: "manifest", B: "manifest", C: "manifest", FERRY_STAGE: "overridden?" };
    const stageEnv: EnvMap = { B: "stage", C: "stage" };
    const step = sh(
      'echo "$A $B $C"; echo "$FERRY_DEPLOYMENT $FERRY_STAGE $FERRY_VERSION $FERRY_RUN_ID $FERRY_ATTEMPT"; echo "leak=${FERRY_TEST_LEAK:-none} path=${PATH:+set}"',
      { env: { C: "step" } },
    );
    // Restored even when the run throws: the e2e project's files share a process (isolate: false).
    const result = await executor
      .run(step, context(checkout(), { manifestEnv, stageEnv }))
      .finally(() => delete process.env.FERRY_TEST_LEAK);
    expect(result.output.split("\n")).toEqual([
      "manifest stage step",
      `web deploy ${ferry.version} 7 2`,
      "leak=none path=set",
    ]);
  });

  it("never executes hostile values: they reach scripts and argv only as data", async () => {
    const dir = checkout();
    const hostile = '$(touch pwned) `touch pwned2` "; touch pwned3; echo "';
    const viaEnv = await executor.run(
      sh('echo "title: $TITLE"; echo "branch: $FERRY_DEPLOYMENT"', { env: { TITLE: hostile } }),
      context(dir, { ferry: { ...ferry, deployment: "$(touch pwned4)" } }),
    );
    const viaArgs = await executor.run(argv("printf", "%s\n", hostile), context(dir));
    expect(viaEnv.output).toBe(`title: ${hostile}\nbranch: $(touch pwned4)`);
    expect(viaArgs.output).toBe(hostile);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("runs argv steps without a shell, in their working directory", async () => {
    const dir = checkout();
    mkdirSync(join(dir, "sub"));
    const result = await executor.run({ ...argv("pwd"), workingDirectory: "sub" }, context(dir));
    expect(result).toMatchObject({ status: "succeeded", output: join(dir, "sub") });
    const outside = await executor.run({ ...argv("pwd"), workingDirectory: "../.." }, context(dir));
    expect(outside).toMatchObject({ status: "failed", message: 'working directory "../.." is outside the checkout' });
    const missing = await executor.run(argv("ferry-no-such-command-here"), context(dir));
    expect(missing.status).toBe("failed");
    expect(missing.message).toContain("ENOENT");
  });

  it("on timeout kills the whole process tree, grandchildren included", async () => {
    const dir = checkout();
    const pids = join(dir, "pids");
    const script = `echo $$ >> ${pids}; sh -c 'echo $$ >> ${pids}; sleep 600 & echo $! >> ${pids}; sleep 600 & echo $! >> ${pids}; wait'`;
    const result = await executor.run(sh(script, { timeoutSeconds: 1 }), context(dir));
    expect(result.status).toBe("timed-out");
    expect(result.message).toBe("timed out after 1s");
    const recorded = pidsIn(pids);
    expect(recorded).toHaveLength(4);
    expect(await waitFor(() => recorded.every((pid) => !alive(pid)))).toBe(true);
  });

  it("escalates to SIGKILL when the tree ignores SIGTERM", async () => {
    const dir = checkout();
    const pids = join(dir, "pids");
    const result = await executor.run(
      sh(`trap "" TERM; sleep 600 & echo $! >> ${pids}; wait; wait`),
      context(dir, { timeoutMs: 500 }),
    );
    expect(result.status).toBe("timed-out");
    // The sleep ignores SIGTERM (inherited) and would outlive the wait below: only SIGKILL ends it.
    expect(await waitFor(() => pidsIn(pids).every((pid) => !alive(pid)))).toBe(true);
  });

  it("kills the tree when cancelled through the signal", async () => {
    const dir = checkout();
    const pids = join(dir, "pids");
    const controller = new AbortController();
    const running = executor.run(
      sh(`sleep 600 & echo $! >> ${pids}; wait`),
      context(dir, { signal: controller.signal }),
    );
    expect(await waitFor(() => existsSync(pids))).toBe(true);
    controller.abort();
    const result = await running;
    expect(result).toMatchObject({ status: "failed", message: "cancelled" });
    expect(await waitFor(() => pidsIn(pids).every((pid) => !alive(pid)))).toBe(true);
  });

  it("stops processes a successful step left running in the background", async () => {
    const dir = checkout();
    const pids = join(dir, "pids");
    // The background sleep would outlive the test: the step returns only because it does not wait for it.
    const result = await executor.run(sh(`sleep 600 & echo $! >> ${pids}; echo done`), context(dir));
    expect(result.status).toBe("succeeded");
    expect(await waitFor(() => pidsIn(pids).every((pid) => !alive(pid)))).toBe(true);
  });

  it("redacts declared secret values from output, streamed lines and the message", async () => {
    const lines: string[] = [];
    const step = sh('echo "token=$TOKEN"; echo "auth failed for $TOKEN" >&2; exit 1', {
      env: { TOKEN: { secret: "API_TOKEN" } },
    });
    const result = await executor.run(
      step,
      context(checkout(), { secrets: { API_TOKEN: "hunter2-very-secret" }, onLine: (l) => lines.push(l) }),
    );
    const everything = [result.output, result.message, ...lines].join("\n");
    expect(everything).not.toContain("hunter2");
    expect(result.output).toContain("token=[redacted]");
    expect(result.message).toBe("exit code 1: auth failed for [redacted]");
    const missing = await executor.run(step, context(checkout()));
    expect(missing).toMatchObject({ status: "failed", message: "secret API_TOKEN (for TOKEN) is not set" });
  });

  it("keeps only the tail of large output", async () => {
    const small = new StepExecutor({ outputLimitBytes: 1024 });
    const result = await small.run(
      sh("i=0; while [ $i -lt 2000 ]; do echo line-$i; i=$((i+1)); done"),
      context(checkout()),
    );
    expect(result.status).toBe("succeeded");
    expect(result.output.length).toBeLessThan(1200);
    expect(result.output.startsWith("[earlier output dropped]\n")).toBe(true);
    expect(result.output.endsWith("line-1999")).toBe(true);
  });
});

describe("StepExecutor: http-check and artifact steps", () => {
  let server: Server;
  let base = "";
  const hits = new Map<string, number>();
  const payload = Buffer.from("ferry artifact payload\n".repeat(1000));
  const payloadSha = createHash("sha256").update(payload).digest("hex");

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? "/";
      const count = (hits.get(path) ?? 0) + 1;
      hits.set(path, count);
      if (path === "/ok") res.writeHead(200).end("ok");
      else if (path === "/down") res.writeHead(503).end("down");
      else if (path === "/flaky") res.writeHead(count <= 2 ? 503 : 200).end();
      else if (path === "/artifact") res.writeHead(200, { "content-type": "application/octet-stream" }).end(payload);
      else if (path === "/hang")
        return; // never answers
      else res.writeHead(404).end("not found");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const check = (path: string, extra: Partial<HttpCheckStep["check"]> = {}): HttpCheckStep => ({
    kind: "http-check",
    name: `check ${path}`,
    check: { url: `${base}${path}`, expectStatus: 200, retries: 0, intervalSeconds: 0.05, timeoutSeconds: 1, ...extra },
  });
  const artifact = (path: string, sha256: string, target = "dist/app.tar"): ArtifactStep => ({
    kind: "artifact",
    name: "fetch",
    url: `${base}${path}`,
    sha256,
    path: target,
  });

  it("http-check succeeds on the expected status, retrying until it comes", async () => {
    expect(await executor.run(check("/ok"), context(checkout()))).toMatchObject({
      status: "succeeded",
      message: `GET ${base}/ok answered 200`,
    });
    const flaky = await executor.run(check("/flaky", { retries: 3 }), context(checkout()));
    expect(flaky.status).toBe("succeeded");
    expect(flaky.output.split("\n")).toEqual([
      `attempt 1/4: GET ${base}/flaky answered 503`,
      `attempt 2/4: GET ${base}/flaky answered 503`,
      `attempt 3/4: GET ${base}/flaky answered 200`,
    ]);
  });

  it("http-check fails after its retries with the last status", async () => {
    const result = await executor.run(check("/down", { retries: 2 }), context(checkout()));
    expect(result).toMatchObject({
      status: "failed",
      message: `GET ${base}/down answered 503, expected 200 (3 attempts)`,
    });
    expect(hits.get("/down")).toBe(3);
  });

  it("http-check gives each attempt its timeout, and reports refused connections", async () => {
    const hang = await executor.run(check("/hang", { timeoutSeconds: 0.2 }), context(checkout()));
    expect(hang).toMatchObject({
      status: "failed",
      message: `GET ${base}/hang gave no answer within 200ms, expected 200 (1 attempt)`,
    });
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const refused = await executor.run(
      { ...check("/"), check: { ...check("/").check, url: `http://127.0.0.1:${port}/` } },
      context(checkout()),
    );
    expect(refused.status).toBe("failed");
    expect(refused.message).toContain("ECONNREFUSED");
  });

  it("artifact downloads to its path when the checksum matches", async () => {
    const dir = checkout();
    const result = await executor.run(artifact("/artifact", payloadSha.toUpperCase()), context(dir));
    expect(result.status).toBe("succeeded");
    expect(readFileSync(join(dir, "dist/app.tar")).equals(payload)).toBe(true);
    expect(readdirSync(join(dir, "dist"))).toEqual(["app.tar"]);
  });

  it("artifact fails on a checksum mismatch and leaves nothing behind", async () => {
    const dir = checkout();
    const wrong = "0".repeat(64);
    const result = await executor.run(artifact("/artifact", wrong), context(dir));
    expect(result).toMatchObject({
      status: "failed",
      message: `checksum mismatch: expected ${wrong} got ${payloadSha} (${base}/artifact)`,
    });
    expect(readdirSync(join(dir, "dist"))).toEqual([]);
    expect(await executor.run(artifact("/missing", wrong), context(dir))).toMatchObject({
      status: "failed",
      message: `GET ${base}/missing answered 404 (${base}/missing)`,
    });
    expect(await executor.run(artifact("/artifact", payloadSha, "../escape.tar"), context(dir))).toMatchObject({
      status: "failed",
      message: 'artifact path "../escape.tar" is outside the checkout',
    });
  });
});

describe("StageExecutor", () => {
  const stage = (steps: [Step, ...Step[]], extra: Partial<Stage> = {}): Stage => ({
    retries: 0,
    env: { WHO: "stage" },
    steps,
    ...extra,
  });
  const stages = new StageExecutor(executor);
  const stageContext = (dir: string) => ({ checkout: dir, ferry });

  it("runs steps in order with the stage env, stops at the first failure and summarises in Markdown", async () => {
    const dir = checkout();
    const result = await stages.run(
      stage([
        sh("echo first $WHO", { name: "first" }),
        sh('echo "bad | thing" >&2; exit 4', { name: "second" }),
        sh("touch never", { name: "third" }),
      ]),
      stageContext(dir),
    );
    expect(result.status).toBe("failed");
    expect(result.message).toBe('step "second" failed: exit code 4: bad | thing');
    expect(result.steps.map((s) => [s.name, s.result.status, s.result.exitCode])).toEqual([
      ["first", "succeeded", 0],
      ["second", "failed", 4],
    ]);
    expect(result.steps[0]!.result.output).toBe("first stage");
    expect(existsSync(join(dir, "never"))).toBe(false);
    expect(result.summary).toContain("### ❌ ferry: stage `deploy` of `web` failed");
    expect(result.summary).toMatch(/\| ✅ \| first \| command \| 0 \| \d+ms \| exit code 0 \|/);
    expect(result.summary).toMatch(/\| ❌ \| second \| command \| 4 \| \d+ms \| exit code 4: bad \\\| thing \|/);
    expect(result.summary).toContain("| ⏭️ | third | command | | | skipped |");
    expect(result.summary).toContain("<details><summary>Output of second");
  });

  it("bounds the whole stage by its timeout, across steps", async () => {
    // Step b may run for a minute and would sleep for ten: only the stage's 1 s bound ends it within the test.
    const result = await stages.run(
      stage([sh("sleep 0.3", { name: "a" }), sh("sleep 600", { name: "b", timeoutSeconds: 60 })], {
        timeoutSeconds: 1,
      }),
      stageContext(checkout()),
    );
    expect(result.status).toBe("timed-out");
    expect(result.message).toBe('stage timed out after 1s in step "b"');
    const ok = await stages.run(
      stage([sh("true", { name: "a" }), sh("true", { name: "b" })]),
      stageContext(checkout()),
    );
    expect(ok).toMatchObject({ status: "succeeded" });
    expect(ok.message).toMatch(/^2 steps succeeded in \d+ms$/);
  });
});
