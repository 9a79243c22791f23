/**
 * `run:` steps behave as in GitHub Actions: the script is a file run by its shell, bash stops at
 * the first failing command or pipeline and ferry says which line it was, `shell:` picks another
 * interpreter, and a missing one is a failed step.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { StepExecutor, type StepContext } from "../../../src/adapters/local/step-executor.ts";
import type { CommandStep, Shell } from "../../../src/manifest/manifest.ts";

const executor = new StepExecutor({ killGraceMs: 200 });
const ferry = {
  deployment: "web",
  stage: "deploy",
  version: "0123456789abcdef0123456789abcdef01234567",
  runId: 7,
  attempt: 2,
};

function checkout(): string {
  return mkdtempSync(join(tmpdir(), "ferry-shell-"));
}

function context(dir: string): StepContext {
  return { checkout: dir, ferry };
}

function run(script: string, shell?: Shell, extra: Partial<Omit<CommandStep, "kind" | "command">> = {}): CommandStep {
  return {
    kind: "command",
    name: "script",
    command: { script, ...(shell === undefined ? {} : { shell }) },
    env: {},
    ...extra,
  };
}

/** Whether `program --version` works here; interpreters a runner may lack are tested only where they exist. */
function installed(program: string): boolean {
  try {
    execFileSync(program, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** A directory to use as PATH, holding only the named programs (symlinks to the real ones). */
function pathWith(programs: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ferry-path-"));
  for (const [name, target] of Object.entries(programs)) symlinkSync(target, join(dir, name));
  return dir;
}

describe("run: the default shell", () => {
  it.each([
    ["on two lines", "false\necho after"],
    ["on one line", "false; echo after"],
  ])("stops at the first failing command, %s, and names it", async (_how, script) => {
    const dir = checkout();
    const result = await executor.run(run(script), context(dir));
    expect(result).toMatchObject({ status: "failed", exitCode: 1, message: "line 1: `false` exited 1" });
    expect(result.output).toBe("");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("fails a pipeline whose first command fails (pipefail), naming the line", async () => {
    const result = await executor.run(run("echo start\nfalse | true\necho after"), context(checkout()));
    expect(result).toMatchObject({
      status: "failed",
      exitCode: 1,
      message: "line 2: `false | true` exited 1 (pipeline statuses 1 0): start",
    });
    expect(result.output).toBe("start");
  });

  it("counts the script's own lines and quotes the end of stderr", async () => {
    const result = await executor.run(run("echo one\n\nls /ferry-no-such-dir\necho after"), context(checkout()));
    expect(result.status).toBe("failed");
    expect(result.exitCode).toBe(2);
    expect(result.message).toMatch(
      /^line 3: `ls \/ferry-no-such-dir` exited 2: ls: .*\/ferry-no-such-dir.*No such file or directory$/,
    );
    expect(result.output).not.toContain("after");
  });

  it("blames no line when the script turned -e off or exits by itself", async () => {
    const tolerated = await executor.run(run("set +e\nfalse\necho after"), context(checkout()));
    expect(tolerated).toMatchObject({ status: "succeeded", output: "after" });
    const exited = await executor.run(run("set +e\nfalse\necho 'giving up' >&2\nexit 5"), context(checkout()));
    expect(exited).toMatchObject({ status: "failed", exitCode: 5, message: "exit code 5: giving up" });
    const inFunction = await executor.run(run("deploy() {\n  false\n  echo after\n}\ndeploy"), context(checkout()));
    expect(inFunction).toMatchObject({ status: "failed", exitCode: 1, message: "exit code 1" });
  });

  it("reports a syntax error as bash does, at the script's line", async () => {
    const result = await executor.run(run("echo ok\nif then\necho after"), context(checkout()));
    expect(result).toMatchObject({ status: "failed", exitCode: 2 });
    expect(result.message).toMatch(/^exit code 2: .*line 2: syntax error near unexpected token `then'/);
  });

  it("runs the script from a private temporary file outside the checkout, removed afterwards", async () => {
    const dir = checkout();
    const result = await executor.run(
      run('echo "$0"\necho "$BASH_VERSION" | grep -q .\nset -o | grep -E "^(errexit|pipefail) " | tr -s " \\t" " "'),
      context(dir),
    );
    expect(result.status).toBe("succeeded");
    const [file, ...options] = result.output.split("\n");
    expect(relative(tmpdir(), file!).startsWith("..")).toBe(false);
    expect(file!.endsWith(".sh")).toBe(true);
    expect(options).toEqual(["errexit on", "pipefail on"]);
    expect(existsSync(file!)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("falls back to sh -e where bash is not installed", async () => {
    const onlySh = new StepExecutor({ killGraceMs: 200, baseEnv: { PATH: pathWith({ sh: "/bin/sh" }) } });
    const result = await onlySh.run(run('echo "${BASH_VERSION:-no bash}"\nfalse\necho after'), context(checkout()));
    expect(result).toMatchObject({ status: "failed", exitCode: 1, message: "exit code 1: no bash", output: "no bash" });
  });
});

describe("run: with shell", () => {
  it("bash: -e and pipefail, as the default", async () => {
    const result = await executor.run(run("true\nfalse | true\necho after", "bash"), context(checkout()));
    expect(result).toMatchObject({
      status: "failed",
      exitCode: 1,
      message: "line 2: `false | true` exited 1 (pipeline statuses 1 0)",
      output: "",
    });
  });

  it("sh: -e without pipefail", async () => {
    const dir = checkout();
    expect(await executor.run(run("false | true\necho after", "sh"), context(dir))).toMatchObject({
      status: "succeeded",
      output: "after",
    });
    const result = await executor.run(run("echo before\nfalse\necho after", "sh"), context(dir));
    expect(result).toMatchObject({ status: "failed", exitCode: 1, message: "exit code 1: before", output: "before" });
  });

  it.skipIf(!installed("python"))("python: a .py file, failing with the script's exit code", async () => {
    const script =
      'import os, sys\nprint("python", sys.argv[0].endswith(".py"), os.environ["FERRY_STAGE"])\nsys.exit(3)';
    const result = await executor.run(run(script, "python"), context(checkout()));
    expect(result).toMatchObject({ status: "failed", exitCode: 3, output: "python True deploy" });
  });

  it("node: a .js file", async () => {
    const script =
      'const { extname } = require("node:path");\nconsole.log("node", extname(process.argv[1]), process.env.FERRY_DEPLOYMENT);\nprocess.exitCode = 4;';
    const result = await executor.run(run(script, "node"), context(checkout()));
    expect(result).toMatchObject({ status: "failed", exitCode: 4, output: "node .js web" });
  });

  it("a custom template: the first word is the program, double quotes group a word, {0} is the file", async () => {
    const viaNode = await executor.run(
      run(
        'console.log("required", require("node:path").extname(__filename))',
        'node -e "require(process.argv[1])" {0}',
      ),
      context(checkout()),
    );
    expect(viaNode).toMatchObject({ status: "succeeded", output: "required .js" });
    const plain = await executor.run(run("false\necho after, no -e", "bash {0}"), context(checkout()));
    expect(plain).toMatchObject({ status: "succeeded", output: "after, no -e" });
  });

  it.skipIf(!installed("perl"))("a custom template: perl {0}", async () => {
    const result = await executor.run(
      run('print "perl $ENV{FERRY_RUN_ID}\\n"; exit 2;', "perl {0}"),
      context(checkout()),
    );
    expect(result).toMatchObject({ status: "failed", exitCode: 2, message: "exit code 2: perl 7", output: "perl 7" });
  });

  it("pwsh: a .ps1 file dot-sourced by -command, stopping at errors and exiting with the last exit code", async () => {
    // A stand-in pwsh that shows how it was called and what file it was given.
    const bin = mkdtempSync(join(tmpdir(), "ferry-fake-pwsh-"));
    writeFileSync(join(bin, "pwsh"), '#!/bin/sh\nprintf \'%s\\n\' "$1" "$2"\nfile=${2#. \\\'}\ncat "${file%\\\'}"\n');
    chmodSync(join(bin, "pwsh"), 0o755);
    const fake = new StepExecutor({ killGraceMs: 200, baseEnv: { PATH: `${bin}:/usr/bin:/bin` } });
    const result = await fake.run(run("Write-Output 'hello'", "pwsh"), context(checkout()));
    expect(result.status).toBe("succeeded");
    const [flag, command, ...content] = result.output.split("\n");
    expect(flag).toBe("-command");
    expect(command).toMatch(/^\. '.+\/script\.ps1'$/);
    expect(content).toEqual([
      "$ErrorActionPreference = 'stop'",
      "Write-Output 'hello'",
      "if ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }",
    ]);
  });

  it("a shell that is not installed fails the step and says so", async () => {
    const empty = new StepExecutor({ baseEnv: { PATH: mkdtempSync(join(tmpdir(), "ferry-empty-path-")) } });
    expect(await empty.run(run("Write-Output 'hi'", "pwsh"), context(checkout()))).toMatchObject({
      status: "failed",
      message: 'shell "pwsh": pwsh is not installed (not found on PATH)',
    });
    expect(await empty.run(run("echo hi"), context(checkout()))).toMatchObject({
      status: "failed",
      message: "neither bash nor sh is installed (not found on PATH) to run the script",
    });
    const missing = await executor.run(run("hi", "ferry-no-such-interpreter --flag {0}"), context(checkout()));
    expect(missing).toMatchObject({
      status: "failed",
      message:
        'shell "ferry-no-such-interpreter --flag {0}": ferry-no-such-interpreter is not installed (not found on PATH)',
    });
  });

  it("working-directory: the script and a template's relative program run there", async () => {
    const dir = checkout();
    mkdirSync(join(dir, "app/tools"), { recursive: true });
    writeFileSync(join(dir, "app/tools/run"), '#!/bin/sh\necho "tool in $(pwd)"\nexec sh -e "$1"\n');
    chmodSync(join(dir, "app/tools/run"), 0o755);
    const bash = await executor.run(run("pwd\nfalse\necho after", "bash", { workingDirectory: "app" }), context(dir));
    expect(bash).toMatchObject({
      status: "failed",
      message: `line 2: \`false\` exited 1: ${join(dir, "app")}`,
      output: join(dir, "app"),
    });
    const tool = await executor.run(run("echo script", "./tools/run {0}", { workingDirectory: "app" }), context(dir));
    expect(tool).toMatchObject({ status: "succeeded", output: `tool in ${join(dir, "app")}\nscript` });
    const elsewhere = await executor.run(run("echo script", "./tools/run {0}"), context(dir));
    expect(elsewhere).toMatchObject({
      status: "failed",
      message: 'shell "./tools/run {0}": ./tools/run is not an executable file',
    });
  });
});
