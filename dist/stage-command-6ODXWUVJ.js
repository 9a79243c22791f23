import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);
import {
  DEPLOYMENTS_DIR,
  LIFECYCLES_DIR,
  loadRepoLifecycles,
  readFerryDir
} from "./chunk-DXCCYCSR.js";
import {
  MIN_SECRET_LENGTH,
  preciseDuration,
  redactText
} from "./chunk-53GJN2II.js";
import "./chunk-4PTY5XCA.js";
import {
  DEPLOYMENT_NAME_PATTERN,
  ferryFileName,
  formatSourceError,
  loadManifest
} from "./chunk-XSZXZDCF.js";
import "./chunk-DWO7HIOM.js";
import "./chunk-2QHCXWJ5.js";

// src/adapters/local/run-git.ts
import { spawn } from "node:child_process";
var GitCommandError = class extends Error {
  constructor(args, result) {
    super(`git ${args.join(" ")} exited ${result.code}: ${result.stderr.trim()}`);
    this.result = result;
  }
  result;
  name = "GitCommandError";
};
function runGit(cwd, args, options = {}) {
  return new Promise((resolve3, reject) => {
    const input = options.input;
    const child = spawn("git", args, {
      cwd,
      env: { ...process.env, ...options.env },
      stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout?.on("data", (d) => out.push(d));
    child.stderr?.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      const result = {
        code: code ?? 1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8")
      };
      if (options.check !== false && result.code !== 0) reject(new GitCommandError(args, result));
      else resolve3(result);
    });
    if (input !== void 0 && child.stdin) {
      child.stdin.on("error", () => {
      });
      child.stdin.end(input);
    }
  });
}

// src/adapters/local/step-executor.ts
import { statSync } from "node:fs";

// src/adapters/local/artifact-step.ts
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { pipeline } from "node:stream/promises";

// src/adapters/local/bounded-request.ts
async function boundedRequest(ms, outer, work) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = Number.isFinite(ms) ? setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms) : void 0;
  const onAbort = () => controller.abort();
  outer?.addEventListener("abort", onAbort, { once: true });
  try {
    return { ok: true, value: await work(controller.signal) };
  } catch (error) {
    return { ok: false, timedOut, error };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", onAbort);
  }
}
function fetchFailure(error) {
  const cause = error.cause;
  return cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
}

// src/adapters/local/inside-checkout.ts
import { isAbsolute, relative, resolve, sep } from "node:path";

// src/adapters/local/step-setup-error.ts
var StepSetupError = class extends Error {
  name = "StepSetupError";
};

// src/adapters/local/inside-checkout.ts
function insideCheckout(checkout, path, what) {
  const full = resolve(checkout, path);
  const rel = relative(resolve(checkout), full);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    throw new StepSetupError(`${what} ${JSON.stringify(path)} is outside the checkout`);
  return full;
}

// src/adapters/local/artifact-step.ts
async function artifactStep(step, context, output) {
  const target = insideCheckout(context.checkout, step.path, "artifact path");
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.ferry-${randomBytes(6).toString("hex")}.part`;
  const hash = createHash("sha256");
  let bytes = 0;
  const download = await boundedRequest(context.timeoutMs ?? Infinity, context.signal, async (signal) => {
    const response = await fetch(step.url, { signal, redirect: "follow" });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return `GET ${step.url} answered ${response.status}`;
    }
    const body = response.body;
    const hashing = async function* (source) {
      for await (const chunk of source) {
        hash.update(chunk);
        bytes += chunk.byteLength;
        yield chunk;
      }
    };
    await pipeline(body, hashing, createWriteStream(temporary), { signal });
    return void 0;
  });
  const failure = !download.ok ? download.timedOut ? `download timed out` : context.signal?.aborted ? "cancelled" : `download failed: ${fetchFailure(download.error)}` : download.value;
  if (failure !== void 0) {
    await rm(temporary, { force: true });
    return { status: download.ok || !download.timedOut ? "failed" : "timed-out", message: `${failure} (${step.url})` };
  }
  const got = hash.digest("hex");
  const expected = step.sha256.toLowerCase();
  if (got !== expected) {
    await rm(temporary, { force: true });
    return { status: "failed", message: `checksum mismatch: expected ${expected} got ${got} (${step.url})` };
  }
  await rename(temporary, target);
  output.note(`downloaded ${step.url} to ${step.path} (${bytes} bytes, sha256 ${got})`);
  return { status: "succeeded", message: `${step.path}: sha256 ${got}` };
}

// src/adapters/local/command-process.ts
import { spawn as spawn2 } from "node:child_process";

// src/adapters/local/process-tree.ts
var ProcessTree = class {
  constructor(child, graceMs) {
    this.child = child;
    this.graceMs = graceMs;
  }
  child;
  graceMs;
  hardKill;
  drain;
  kill() {
    this.signal("SIGTERM");
    this.hardKill ??= setTimeout(() => this.signal("SIGKILL"), this.graceMs);
  }
  /**
   * The leader exited but its pipes may still be held by processes it left behind. Stop them, and
   * give up waiting for the pipes once even SIGKILL had time to work (a process that left the group).
   */
  leaderExited(giveUp) {
    if (this.child.stdout?.readableEnded && this.child.stderr?.readableEnded) return;
    this.kill();
    this.drain ??= setTimeout(() => {
      this.child.stdout?.destroy();
      this.child.stderr?.destroy();
      giveUp();
    }, this.graceMs + 1e3);
  }
  /** The step is over: stop waiting, but leave a pending SIGKILL to finish its job. */
  settle() {
    clearTimeout(this.drain);
    this.signal("SIGTERM");
    this.hardKill?.unref();
  }
  signal(signal) {
    if (this.child.pid === void 0) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
    }
  }
};

// src/adapters/local/command-process.ts
function commandProcess(file, args, settings) {
  const { cwd, env, timeoutMs, signal, killGraceMs, onOutput } = settings;
  if (signal?.aborted) return Promise.resolve({ kind: "cancelled" });
  return new Promise((resolveEnding) => {
    const child = spawn2(file, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    if (child.pid !== void 0) settings.onSpawn?.(child.pid);
    const tree = new ProcessTree(child, killGraceMs);
    let stopped;
    let exit;
    let done = false;
    const stop = (why) => {
      stopped ??= why;
      tree.kill();
    };
    const timer = timeoutMs === void 0 ? void 0 : setTimeout(() => stop("timed-out"), timeoutMs);
    const onAbort = () => stop("cancelled");
    signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout?.on("data", (chunk) => onOutput("stdout", chunk));
    child.stderr?.on("data", (chunk) => onOutput("stderr", chunk));
    const finish2 = (spawnError) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      tree.settle();
      if (spawnError) resolveEnding({ kind: "not-started", file, error: spawnError });
      else if (stopped) resolveEnding({ kind: stopped });
      else resolveEnding({ kind: "exited", code: exit?.code ?? null, signal: exit?.signal ?? null });
    };
    child.on("error", finish2);
    child.on("exit", (code, exitSignal) => {
      exit = { code, signal: exitSignal };
      tree.leaderExited(() => finish2());
    });
    child.on("close", () => finish2());
  });
}

// src/adapters/local/http-check-step.ts
import { setTimeout as delay } from "node:timers/promises";
async function httpCheckStep(step, context, output) {
  const { url, expectStatus, retries, intervalSeconds, timeoutSeconds } = step.check;
  const deadline = context.timeoutMs === void 0 ? Infinity : Date.now() + context.timeoutMs;
  const attempts = retries + 1;
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (context.signal?.aborted) return { status: "failed", message: "cancelled" };
    const budget = Math.min(timeoutSeconds * 1e3, deadline - Date.now());
    if (budget <= 0)
      return {
        status: "timed-out",
        message: `timed out after ${attempt - 1} of ${attempts} attempts${last ? `; last: GET ${url} ${last}` : ""}`
      };
    const answer = await boundedRequest(budget, context.signal, async (signal) => {
      const response = await fetch(url, { signal, redirect: "follow" });
      await response.body?.cancel();
      return response.status;
    });
    if (context.signal?.aborted) return { status: "failed", message: "cancelled" };
    last = answer.ok ? `answered ${answer.value}` : answer.timedOut ? `gave no answer within ${preciseDuration(budget)}` : `failed: ${fetchFailure(answer.error)}`;
    output.note(`attempt ${attempt}/${attempts}: GET ${url} ${last}`);
    if (answer.ok && answer.value === expectStatus)
      return { status: "succeeded", message: `GET ${url} answered ${expectStatus}` };
    if (attempt < attempts)
      await delay(Math.min(intervalSeconds * 1e3, Math.max(0, deadline - Date.now())), void 0, {
        signal: context.signal
      }).catch(() => void 0);
  }
  return {
    status: "failed",
    message: `GET ${url} ${last}, expected ${expectStatus} (${attempts} attempt${attempts === 1 ? "" : "s"})`
  };
}

// src/adapters/local/output-capture.ts
import { StringDecoder } from "node:string_decoder";
var MESSAGE_TAIL_LINES = 10;
var MESSAGE_TAIL_CHARS = 1e3;
var OutputCapture = class {
  constructor(limit, secrets, onLine) {
    this.limit = limit;
    this.secrets = secrets;
    this.onLine = onLine;
  }
  limit;
  secrets;
  onLine;
  lines = [];
  stderrLines = [];
  size = 0;
  dropped = false;
  partial = { stdout: "", stderr: "" };
  decoders = {
    stdout: new StringDecoder("utf8"),
    stderr: new StringDecoder("utf8")
  };
  write(stream, chunk) {
    const parts = (this.partial[stream] + this.decoders[stream].write(chunk)).split("\n");
    this.partial[stream] = parts.pop() ?? "";
    for (const part of parts) this.emit(stream, part);
    if (this.partial[stream].length > this.limit) {
      this.emit(stream, this.partial[stream]);
      this.partial[stream] = "";
    }
  }
  /** A line ferry itself writes (check attempts, download progress). */
  note(line) {
    this.emit("stdout", line);
  }
  end() {
    for (const stream of ["stdout", "stderr"]) {
      const rest = this.partial[stream] + this.decoders[stream].end();
      this.partial[stream] = "";
      if (rest !== "") this.emit(stream, rest);
    }
  }
  text() {
    return (this.dropped ? "[earlier output dropped]\n" : "") + this.lines.join("\n");
  }
  /** The end of stderr, or of all output when stderr was empty, on one line for a message. */
  failureTail() {
    const source = this.stderrLines.length > 0 ? this.stderrLines : this.lines;
    const text = source.slice(-MESSAGE_TAIL_LINES).map((l) => l.trim()).filter((l) => l !== "").join(" | ");
    return text.length > MESSAGE_TAIL_CHARS ? `\u2026${text.slice(-MESSAGE_TAIL_CHARS)}` : text;
  }
  emit(stream, raw) {
    const line = redactText(raw.endsWith("\r") ? raw.slice(0, -1) : raw, this.secrets);
    try {
      this.onLine?.(line, stream);
    } catch {
    }
    this.lines.push(line);
    this.size += Buffer.byteLength(line) + 1;
    while (this.size > this.limit && this.lines.length > 1) {
      this.size -= Buffer.byteLength(this.lines.shift() ?? "") + 1;
      this.dropped = true;
    }
    if (stream === "stderr") {
      this.stderrLines.push(line);
      if (this.stderrLines.length > MESSAGE_TAIL_LINES) this.stderrLines.shift();
    }
  }
};

// src/adapters/local/shell-command.ts
import { constants } from "node:fs";
import { access, mkdtemp, readFile, rm as rm2, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, join, resolve as resolve2 } from "node:path";
function pwshWrap(script) {
  return `$ErrorActionPreference = 'stop'
${script}
if ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }
`;
}
var SHELLS = {
  bash: {
    program: "bash",
    args: ["--noprofile", "--norc", "-eo", "pipefail", "{0}"],
    extension: ".sh",
    reportsLine: true
  },
  sh: { program: "sh", args: ["-e", "{0}"], extension: ".sh" },
  pwsh: {
    program: "pwsh",
    args: ["-command", ". '{0}'"],
    extension: ".ps1",
    wrap: pwshWrap,
    quote: (path) => path.replaceAll("'", "''")
  },
  python: { program: "python", args: ["{0}"], extension: ".py" },
  node: { program: "node", args: ["{0}"], extension: ".js" }
};
var EXTENSIONS = {
  bash: ".sh",
  sh: ".sh",
  dash: ".sh",
  zsh: ".sh",
  pwsh: ".ps1",
  python: ".py",
  python3: ".py",
  node: ".js"
};
var FAILURE_RECORD = "failure";
var BASH_FAILURE_TRAP = `trap 'case $- in *e*) printf "%s\\t%s\\t%s\\t%s\\t%s" "$?" "\${PIPESTATUS[*]}" "$LINENO" "\${BASH_SOURCE[0]-}" "$BASH_COMMAND" >"\${0%/*}/${FAILURE_RECORD}";; esac' ERR; . "$0"`;
var SHOWN_COMMAND_CHARS = 200;
async function shellCommand(script, shell, where) {
  const spec = await specFor(shell, where);
  if (!spec.ok) return spec;
  const { program, file } = spec;
  const dir = await mkdtemp(join(tmpdir(), "ferry-run-"));
  const scriptFile = join(dir, `script${program.extension}`);
  await writeFile(scriptFile, program.wrap ? program.wrap(script) : script, { mode: 448 }).catch(
    async (error) => {
      await rm2(dir, { recursive: true, force: true });
      throw error;
    }
  );
  const args = program.reportsLine ? [...program.args.slice(0, -1), "-c", BASH_FAILURE_TRAP, scriptFile] : program.args.map((arg) => arg.replaceAll("{0}", program.quote ? program.quote(scriptFile) : scriptFile));
  return {
    ok: true,
    script: {
      file,
      args,
      failedAt: async (exitCode) => program.reportsLine ? failureLine(
        await readFile(join(dir, FAILURE_RECORD), "utf8").catch(() => void 0),
        exitCode,
        scriptFile,
        script
      ) : void 0,
      remove: () => rm2(dir, { recursive: true, force: true })
    }
  };
}
async function specFor(shell, where) {
  if (shell === void 0) {
    for (const program2 of [SHELLS.bash, SHELLS.sh]) {
      const file2 = await which(program2.program, where);
      if (file2 !== void 0) return { ok: true, program: program2, file: file2 };
    }
    return { ok: false, message: "neither bash nor sh is installed (not found on PATH) to run the script" };
  }
  const program = Object.hasOwn(SHELLS, shell) ? SHELLS[shell] : template(shell);
  const file = await which(program.program, where);
  if (file === void 0) {
    const why = program.program.includes("/") ? "is not an executable file" : "is not installed (not found on PATH)";
    return { ok: false, message: `shell ${JSON.stringify(shell)}: ${program.program} ${why}` };
  }
  return { ok: true, program, file };
}
function template(shell) {
  const words = [];
  for (const match of shell.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g))
    words.push(match[1] === void 0 ? match[2] ?? "" : match[1].replace(/\\(["\\])/g, "$1"));
  const [program = shell, ...args] = words;
  return { program, args, extension: EXTENSIONS[basename(program)] ?? "" };
}
async function which(program, where) {
  const candidates = program.includes("/") ? [resolve2(where.cwd, program)] : (where.path ?? "").split(delimiter).filter((dir) => dir !== "").map((dir) => resolve2(where.cwd, dir, program));
  for (const candidate of candidates) {
    if (!await stat(candidate).then(
      (s) => s.isFile(),
      () => false
    ))
      continue;
    if (await access(candidate, constants.X_OK).then(
      () => true,
      () => false
    ))
      return candidate;
  }
  return void 0;
}
function failureLine(record, exitCode, scriptFile, script) {
  if (record === void 0) return void 0;
  const [status, pipeStatus = "", line = "", source, ...command] = record.split("	");
  if (Number(status) !== exitCode || source !== scriptFile || !/^\d+$/.test(line)) return void 0;
  const statuses = pipeStatus.split(" ");
  const text = statuses.length > 1 ? `${(script.split("\n")[Number(line) - 1] ?? "").trim()}` : command.join("	");
  const flat = text.replace(/\s*\n\s*/g, " ").trim();
  const shown = flat.length > SHOWN_COMMAND_CHARS ? `${flat.slice(0, SHOWN_COMMAND_CHARS - 1)}\u2026` : flat;
  return `line ${line}: \`${shown}\` exited ${exitCode}${statuses.length > 1 ? ` (pipeline statuses ${statuses.join(" ")})` : ""}`;
}

// src/adapters/local/step-environment.ts
var SAFE_ENV_NAMES = ["PATH", "HOME", "LANG"];
function layeredEnvironment(base, context, stepEnv = {}) {
  const env = { ...base };
  for (const layer of [context.manifestEnv, context.stageEnv, stepEnv]) {
    for (const [name, value] of Object.entries(layer ?? {})) {
      if (typeof value === "string") env[name] = value;
      else {
        const secret = context.secrets?.[value.secret];
        if (secret === void 0) throw new StepSetupError(`secret ${value.secret} (for ${name}) is not set`);
        env[name] = secret;
      }
    }
  }
  const { deployment, stage, version, runId, attempt } = context.ferry;
  return {
    ...env,
    FERRY_DEPLOYMENT: deployment,
    FERRY_STAGE: stage,
    FERRY_VERSION: version,
    FERRY_RUN_ID: String(runId),
    FERRY_ATTEMPT: String(attempt)
  };
}
function safeBaseEnv(from) {
  const env = { PATH: "/usr/local/bin:/usr/bin:/bin" };
  for (const name of SAFE_ENV_NAMES) {
    const value = from[name];
    if (value !== void 0) env[name] = value;
  }
  return env;
}

// src/adapters/local/step-executor.ts
var DEFAULT_KILL_GRACE_MS = 5e3;
var DEFAULT_OUTPUT_LIMIT = 64 * 1024;
var StepExecutor = class {
  killGraceMs;
  outputLimit;
  baseEnv;
  constructor(options = {}) {
    this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    this.outputLimit = options.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT;
    this.baseEnv = options.baseEnv ?? safeBaseEnv(process.env);
  }
  /** Runs one step. Never throws for the step's own failures: they come back as a result. */
  async run(step, context) {
    const startedAt = performance.now();
    const secrets = Object.values(context.secrets ?? {});
    const output = new OutputCapture(this.outputLimit, secrets, context.onLine);
    let outcome;
    try {
      if (context.signal?.aborted) outcome = { status: "failed", message: "cancelled before it started" };
      else if (step.kind === "command") outcome = await this.command(step, context, output);
      else if (step.kind === "http-check") outcome = await httpCheckStep(step, context, output);
      else outcome = await artifactStep(step, context, output);
    } catch (error) {
      outcome = {
        status: "failed",
        message: error instanceof StepSetupError ? error.message : `could not run step: ${error.message}`
      };
    }
    output.end();
    return {
      status: outcome.status,
      ...outcome.exitCode === void 0 ? {} : { exitCode: outcome.exitCode },
      durationMs: Math.round(performance.now() - startedAt),
      message: redactText(outcome.message, secrets),
      output: output.text()
    };
  }
  async command(step, context, output) {
    const env = layeredEnvironment(this.baseEnv, context, step.env);
    const cwd = insideCheckout(context.checkout, step.workingDirectory ?? ".", "working directory");
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory())
      throw new StepSetupError(`working directory ${step.workingDirectory ?? "."} does not exist in the checkout`);
    const limit = Math.min(
      step.timeoutSeconds === void 0 ? Infinity : step.timeoutSeconds * 1e3,
      context.timeoutMs ?? Infinity
    );
    const timeoutMs = Number.isFinite(limit) ? limit : void 0;
    const run = (file, args) => commandProcess(file, args, {
      cwd,
      env,
      timeoutMs,
      signal: context.signal,
      killGraceMs: this.killGraceMs,
      onOutput: (stream, chunk) => output.write(stream, chunk),
      onSpawn: context.onSpawn
    });
    if ("argv" in step.command) {
      const [file, ...args] = step.command.argv;
      return commandOutcome(await run(file, args), timeoutMs, output);
    }
    const prepared = await shellCommand(step.command.script, step.command.shell, { cwd, path: env["PATH"] });
    if (!prepared.ok) return { status: "failed", message: prepared.message };
    try {
      const ending = await run(prepared.script.file, prepared.script.args);
      const failedAt = ending.kind === "exited" && ending.code !== null && ending.code !== 0 ? await prepared.script.failedAt(ending.code) : void 0;
      return commandOutcome(ending, timeoutMs, output, failedAt);
    } finally {
      await prepared.script.remove();
    }
  }
};
function commandOutcome(ending, timeoutMs, output, failedAt) {
  switch (ending.kind) {
    case "not-started":
      return { status: "failed", message: `could not start ${JSON.stringify(ending.file)}: ${ending.error.message}` };
    case "timed-out":
      return { status: "timed-out", message: `timed out after ${preciseDuration(timeoutMs ?? 0)}` };
    case "cancelled":
      return { status: "failed", message: "cancelled" };
    case "exited": {
      const { code } = ending;
      if (code === 0) return { status: "succeeded", exitCode: 0, message: "exit code 0" };
      const tail = output.failureTail();
      const what = failedAt ?? (code === null ? `killed by ${ending.signal ?? "a signal"}` : `exit code ${code}`);
      return {
        status: "failed",
        ...code === null ? {} : { exitCode: code },
        message: tail ? `${what}: ${tail}` : what
      };
    }
  }
}

// src/adapters/local/stage-executor.ts
var SUMMARY_OUTPUT_LINES = 40;
var StageExecutor = class {
  constructor(executor = new StepExecutor()) {
    this.executor = executor;
  }
  executor;
  /** Runs the stage's steps in order. Never throws for a step's failure. */
  async run(stage, context) {
    const startedAt = performance.now();
    const boundMs = context.timeoutMs ?? (stage.timeoutSeconds === void 0 ? void 0 : stage.timeoutSeconds * 1e3);
    const deadline = boundMs === void 0 ? void 0 : startedAt + boundMs;
    const { onLine, onStep, timeoutMs: _bound, ...shared } = context;
    const steps = [];
    let status = "succeeded";
    let message = "";
    for (const [index, step] of stage.steps.entries()) {
      const left = deadline === void 0 ? void 0 : Math.max(0, deadline - performance.now());
      if (left === 0) {
        status = "timed-out";
        message = `stage timed out after ${preciseDuration(boundMs ?? 0)} before step "${step.name}"`;
        break;
      }
      notify(onStep, { phase: "start", index, step });
      const result = await this.executor.run(step, {
        ...shared,
        stageEnv: stage.env,
        ...left === void 0 ? {} : { timeoutMs: left },
        ...onLine ? { onLine: (line, stream) => onLine(line, { step: step.name, index, stream }) } : {}
      });
      notify(onStep, { phase: "end", index, step, result });
      steps.push({ name: step.name, kind: step.kind, result });
      if (result.status !== "succeeded") {
        status = result.status;
        message = failureMessage(step, result, left, boundMs, context.signal?.aborted === true);
        break;
      }
    }
    const durationMs = Math.round(performance.now() - startedAt);
    if (status === "succeeded")
      message = `${steps.length} step${steps.length === 1 ? "" : "s"} succeeded in ${preciseDuration(durationMs)}`;
    const partial = { status, durationMs, message, steps };
    return { ...partial, summary: stageSummary(stage, context.ferry, partial) };
  }
};
function failureMessage(step, result, left, boundMs, cancelled) {
  if (cancelled) return `cancelled during step "${step.name}"`;
  if (result.status === "timed-out") {
    const own = step.kind === "command" && step.timeoutSeconds !== void 0 ? step.timeoutSeconds * 1e3 : void 0;
    const stageBound = left !== void 0 && (own === void 0 || left < own);
    return stageBound ? `stage timed out after ${preciseDuration(boundMs ?? 0)} in step "${step.name}"` : `step "${step.name}" ${result.message}`;
  }
  return `step "${step.name}" failed: ${result.message}`;
}
function notify(listener, progress) {
  try {
    listener?.(progress);
  } catch {
  }
}
var ICONS = {
  succeeded: "\u2705",
  failed: "\u274C",
  "timed-out": "\u23F1\uFE0F",
  skipped: "\u23ED\uFE0F"
};
function stageSummary(stage, ferry, result) {
  const lines = [
    `### ${ICONS[result.status]} ferry: stage \`${ferry.stage}\` of \`${ferry.deployment}\` ${result.status}`,
    "",
    `Version \`${ferry.version.slice(0, 12)}\`, run ${ferry.runId}, attempt ${ferry.attempt}, ${preciseDuration(result.durationMs)}. ${cell(result.message)}`,
    "",
    "| | Step | Kind | Exit code | Duration | Result |",
    "| --- | --- | --- | --- | --- | --- |"
  ];
  stage.steps.forEach((step, index) => {
    const ran = result.steps[index];
    if (!ran) lines.push(`| ${ICONS.skipped} | ${cell(step.name)} | ${step.kind} | | | skipped |`);
    else {
      const r = ran.result;
      lines.push(
        `| ${ICONS[r.status]} | ${cell(step.name)} | ${step.kind} | ${r.exitCode ?? ""} | ${preciseDuration(r.durationMs)} | ${cell(r.message)} |`
      );
    }
  });
  const failed = result.steps.find((s) => s.result.status !== "succeeded");
  if (failed && failed.result.output.trim() !== "") {
    const tail = failed.result.output.split("\n").slice(-SUMMARY_OUTPUT_LINES).join("\n");
    const fence = "`".repeat(Math.max(3, longestBacktickRun(tail) + 1));
    lines.push(
      "",
      `<details><summary>Output of ${escapeHtml(failed.name)} (last ${SUMMARY_OUTPUT_LINES} lines)</summary>`,
      "",
      `${fence}text`,
      tail,
      fence,
      "",
      "</details>"
    );
  }
  return lines.join("\n") + "\n";
}
function cell(text) {
  const flat = text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
  return flat.length > 300 ? `${flat.slice(0, 299)}\u2026` : flat;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function longestBacktickRun(text) {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

// src/manifest/manifest-stage.ts
function manifestStage(manifest, name) {
  const own = (key) => Object.hasOwn(manifest.stages, key) ? manifest.stages[key] : void 0;
  return (manifest.type === void 0 ? void 0 : own(`${manifest.type}.${name}`)) ?? own(name);
}

// src/manifest/stage-secret-names.ts
function stageSecretNames(manifest, stage) {
  const names = new Set(manifest.secrets);
  const envs = [manifest.env, stage.env, ...stage.steps.map((s) => s.kind === "command" ? s.env : {})];
  for (const env of envs)
    for (const value of Object.values(env)) if (typeof value !== "string") names.add(value.secret);
  return names;
}

// src/action/commands/stage-command.ts
var StageSetupFailure = class extends Error {
  name = "StageSetupFailure";
};
var SHA = /^[0-9a-f]{7,64}$/i;
var BAD_SECRETS_INPUT = "input secrets must be the JSON of the secrets context (`${{ toJSON(secrets) }}`)";
async function stageCommand(io, options = {}) {
  let prepared;
  try {
    prepared = await prepare(io);
  } catch (error) {
    if (!(error instanceof StageSetupFailure)) throw error;
    return finish(
      io,
      { result: "failed", durationMs: 0, message: error.message },
      `### \u274C ferry: could not run the stage

${error.message}
`
    );
  }
  const { manifest, stage, ferry, secrets } = prepared;
  for (const value of new Set(Object.values(secrets))) mask(io, value);
  io.info(
    `ferry: stage ${ferry.stage} of ${ferry.deployment} at ${ferry.version}, run ${ferry.runId} attempt ${ferry.attempt}, from ${manifest.file}`
  );
  let endUntrusted;
  const total = stage.steps.length;
  const result = await (options.executor ?? new StageExecutor()).run(stage, {
    checkout: io.workspace(),
    ferry,
    manifestEnv: manifest.env,
    secrets,
    ...options.signal ? { signal: options.signal } : {},
    onLine: (line) => io.info(line),
    onStep: (progress) => {
      if (progress.phase === "start") {
        io.startGroup(`${progress.index + 1}/${total} ${progress.step.name}`);
        endUntrusted = io.beginUntrusted();
        return;
      }
      endUntrusted?.();
      endUntrusted = void 0;
      io.info(
        `${progress.result.status} in ${preciseDuration(progress.result.durationMs)}: ${oneLine(progress.result.message)}`
      );
      io.endGroup();
    }
  });
  return finish(io, { result: result.status, durationMs: result.durationMs, message: result.message }, result.summary);
}
async function prepare(io) {
  const deployment = io.input("deployment");
  if (!DEPLOYMENT_NAME_PATTERN.test(deployment))
    throw new StageSetupFailure(
      `input deployment must be a deployment name (lowercase letters, digits and dashes), not ${JSON.stringify(deployment)}`
    );
  const stageName = io.input("stage");
  if (stageName === "") throw new StageSetupFailure("input stage is required");
  const runId = positive(io.input("run-id"), "run-id");
  const attempt = positive(io.input("attempt"), "attempt");
  const workspace = io.workspace();
  const version = await checkedOutVersion(io, workspace, io.input("version"));
  const found = (await readFerryDir(workspace, DEPLOYMENTS_DIR)).filter((f) => ferryFileName(f.path) === deployment);
  if (found.length > 1)
    throw new StageSetupFailure(
      `${found.map((f) => f.path).join(" and ")} both declare ${deployment} at ${version}; keep one file`
    );
  const file = found[0]?.path ?? `${DEPLOYMENTS_DIR}/${deployment}.yml`;
  const text = found[0]?.text;
  if (text === void 0) throw new StageSetupFailure(`${file} does not exist at ${version}`);
  const lifecycles = loadRepoLifecycles(await readFerryDir(workspace, LIFECYCLES_DIR));
  const loaded = loadManifest(text, file, { knownLifecycles: lifecycles.known });
  if (!loaded.ok) {
    for (const e of loaded.errors)
      io.error(e.message, { title: "ferry manifest", file: e.file, startLine: e.line, startColumn: e.column });
    throw new StageSetupFailure(
      `${file} is invalid at ${version}:
${loaded.errors.map(formatSourceError).join("\n")}`
    );
  }
  const manifest = loaded.manifest;
  const stage = manifestStage(manifest, stageName);
  if (!stage)
    throw new StageSetupFailure(
      `${file} has no stage ${stageName}${manifest.type ? ` (nor ${manifest.type}.${stageName})` : ""} at ${version}`
    );
  return {
    manifest,
    stage,
    ferry: { deployment, stage: stageName, version, runId, attempt },
    secrets: secretValues(io, manifest, stage)
  };
}
async function checkedOutVersion(io, workspace, wanted) {
  if (wanted !== "" && !SHA.test(wanted))
    throw new StageSetupFailure(`input version must be a commit sha, not ${JSON.stringify(wanted)}`);
  const head = await runGit(workspace, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { check: false }).catch(
    () => void 0
  );
  const sha = head?.code === 0 ? head.stdout.trim() : void 0;
  if (sha === void 0) {
    if (wanted === "") throw new StageSetupFailure(`input version is required when ${workspace} is not a git checkout`);
    io.warning(`could not read the checked-out commit in ${workspace}; trusting that it is ${wanted}`);
    return wanted;
  }
  if (wanted !== "" && !sha.toLowerCase().startsWith(wanted.toLowerCase())) {
    throw new StageSetupFailure(
      `the workspace is at ${sha} but the stage deploys ${wanted}: check out the version first (actions/checkout with \`ref: \${{ inputs.version }}\`)`
    );
  }
  return wanted === "" ? sha : wanted;
}
function secretValues(io, manifest, stage) {
  const names = stageSecretNames(manifest, stage);
  const given = secretsInput(io);
  const values = {};
  for (const name of names) {
    const value = given(name) ?? io.env(name);
    if (value !== void 0) values[name] = value;
    else
      io.warning(
        `secret ${name} is not set: add it to the job's environment (or the repository) and pass \`secrets: \${{ toJSON(secrets) }}\` to the action`
      );
  }
  return values;
}
function secretsInput(io) {
  const text = io.input("secrets");
  if (text === "") return () => void 0;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new StageSetupFailure(BAD_SECRETS_INPUT);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new StageSetupFailure(BAD_SECRETS_INPUT);
  const byName = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(parsed))
    if (typeof value === "string") byName.set(key.toUpperCase(), value);
  return (name) => byName.get(name.toUpperCase());
}
function mask(io, value) {
  if (value === "") return;
  io.mask(value);
  if (!/[\r\n]/.test(value)) return;
  for (const line of new Set(value.split(/[\r\n]+/).map((l) => l.trim())))
    if (line.length >= MIN_SECRET_LENGTH) io.mask(line);
}
function positive(text, name) {
  if (!/^[1-9][0-9]{0,14}$/.test(text))
    throw new StageSetupFailure(`input ${name} must be a positive whole number, not ${JSON.stringify(text)}`);
  return Number(text);
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ");
}
async function finish(io, outcome, summary) {
  io.output("result", outcome.result);
  io.output("duration-ms", String(outcome.durationMs));
  if (!await io.summary(summary))
    io.info("no job summary file (GITHUB_STEP_SUMMARY is not set); the summary is not written");
  if (outcome.result !== "succeeded")
    io.fail(outcome.result === "timed-out" ? `stage timed out: ${outcome.message}` : outcome.message);
  else io.info(outcome.message);
  return outcome;
}
export {
  stageCommand
};
