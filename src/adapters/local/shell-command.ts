/**
 * How a `run` step's script is run, with GitHub Actions' meanings of `shell:`: the script is
 * written to a file in a private temporary directory (outside the checkout, so line numbers in a
 * shell's errors are the script's own and nothing lands in the repository), and the shell's
 * command line gets that file's path for `{0}`. The manifest's values never enter a command line:
 * only the path of a file ferry wrote does.
 */
import { constants } from "node:fs";
import { access, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, join, resolve } from "node:path";
import type { Shell, ShellName } from "../../manifest/manifest.ts";

/** A script ready to run: spawn `file` with `args`; afterwards ask `failedAt`, then `remove`. */
export interface PreparedScript {
  readonly file: string;
  readonly args: readonly string[];
  /** `line 3: \`false\` exited 1` when bash stopped the script at a failing command and exited `exitCode`. */
  failedAt(exitCode: number): Promise<string | undefined>;
  /** Deletes the temporary directory with the script. */
  remove(): Promise<void>;
}

/** The script is ready, or its shell is not installed (a failed step, not a crash). */
export type ShellCommandResult =
  { readonly ok: true; readonly script: PreparedScript } | { readonly ok: false; readonly message: string };

/** A shell's program, its arguments (`{0}` is the script file) and how the script file is written. */
interface ShellSpec {
  readonly program: string;
  readonly args: readonly string[];
  readonly extension: string;
  /** bash reports the line a failing command stopped it at (see {@link BASH_FAILURE_TRAP}). */
  readonly reportsLine?: boolean;
  readonly wrap?: (script: string) => string;
  /** How the path is written where `{0}` stands, when it sits inside the shell's own quotes. */
  readonly quote?: (path: string) => string;
}

/**
 * PowerShell does not stop at errors by default, and `-command` exits 0 or 1 whatever a native
 * command returned. Actions documents that it prepends `$ErrorActionPreference = 'stop'` and appends
 * an exit with `$LASTEXITCODE` when one is set; ferry does the same so a script fails the same way.
 */
function pwshWrap(script: string): string {
  return `$ErrorActionPreference = 'stop'\n${script}\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }\n`;
}

const SHELLS: Readonly<Record<ShellName, ShellSpec>> = {
  bash: {
    program: "bash",
    args: ["--noprofile", "--norc", "-eo", "pipefail", "{0}"],
    extension: ".sh",
    reportsLine: true,
  },
  sh: { program: "sh", args: ["-e", "{0}"], extension: ".sh" },
  pwsh: {
    program: "pwsh",
    args: ["-command", ". '{0}'"],
    extension: ".ps1",
    wrap: pwshWrap,
    quote: (path) => path.replaceAll("'", "''"),
  },
  python: { program: "python", args: ["{0}"], extension: ".py" },
  node: { program: "node", args: ["{0}"], extension: ".js" },
};

/** A custom template's program decides the file's extension, as some interpreters care about it. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  bash: ".sh",
  sh: ".sh",
  dash: ".sh",
  zsh: ".sh",
  pwsh: ".ps1",
  python: ".py",
  python3: ".py",
  node: ".js",
};

/**
 * bash with `-e` exits at a failing command without saying which. To name it, ferry runs the file
 * with `bash <options> -c '<trap>; . "$0"' <file>` instead of `bash <options> <file>`:
 * - The options (`-e`, `pipefail`, `--noprofile --norc`) are exactly those of `shell: bash`, and
 *   `$0` is still the script's path, so what stops the script, and when, does not change.
 * - Sourcing the file keeps `$LINENO` counting the file's own lines: nothing is prepended to it.
 * - The ERR trap fires where `-e` would exit (same rules: not in `if` conditions, `&&`/`||` lists
 *   or `!`), and records only while `-e` is on (`$-`), so a script that `set +e` is not blamed for
 *   a command it tolerated. It writes beside the script (`${0%/*}` is ferry's private directory),
 *   never to the step's output, which stays what Actions would show.
 * - The record is trusted only when its status is the one bash exited with and the failing
 *   command was in the script itself (`BASH_SOURCE`), not in a file it sourced.
 * The one visible difference: a top-level `return` ends a sourced script instead of being an error.
 * Not BASH_ENV: every bash the script starts would inherit it. Functions do not inherit the trap
 * (no `set -E`, which would change the script's own ERR traps); there the message falls back to
 * the exit code and stderr, as for `sh`.
 */
const FAILURE_RECORD = "failure";
const BASH_FAILURE_TRAP = `trap 'case $- in *e*) printf "%s\\t%s\\t%s\\t%s\\t%s" "$?" "\${PIPESTATUS[*]}" "$LINENO" "\${BASH_SOURCE[0]-}" "$BASH_COMMAND" >"\${0%/*}/${FAILURE_RECORD}";; esac' ERR; . "$0"`;
/** A command quoted in a message is cut here; the log has all of it. */
const SHOWN_COMMAND_CHARS = 200;

/**
 * Writes `script` to a temporary file and resolves `shell` (undefined: `bash` where it is on PATH,
 * else `sh -e {0}`, as Actions falls back) to a program on `path`. Never throws for a missing shell.
 */
export async function shellCommand(
  script: string,
  shell: Shell | undefined,
  where: { readonly cwd: string; readonly path: string | undefined },
): Promise<ShellCommandResult> {
  const spec = await specFor(shell, where);
  if (!spec.ok) return spec;
  const { program, file } = spec;
  const dir = await mkdtemp(join(tmpdir(), "ferry-run-"));
  const scriptFile = join(dir, `script${program.extension}`);
  // 0700: a template may run the file itself; the directory is private either way.
  await writeFile(scriptFile, program.wrap ? program.wrap(script) : script, { mode: 0o700 }).catch(
    async (error: unknown) => {
      await rm(dir, { recursive: true, force: true });
      throw error;
    },
  );
  // bash's `{0}` is its last argument: the options stay, the file becomes `$0` of the trap's `-c`.
  const args = program.reportsLine
    ? [...program.args.slice(0, -1), "-c", BASH_FAILURE_TRAP, scriptFile]
    : program.args.map((arg) => arg.replaceAll("{0}", program.quote ? program.quote(scriptFile) : scriptFile));
  return {
    ok: true,
    script: {
      file,
      args,
      failedAt: async (exitCode) =>
        program.reportsLine
          ? failureLine(
              await readFile(join(dir, FAILURE_RECORD), "utf8").catch(() => undefined),
              exitCode,
              scriptFile,
              script,
            )
          : undefined,
      remove: () => rm(dir, { recursive: true, force: true }),
    },
  };
}

type Resolved =
  | { readonly ok: true; readonly program: ShellSpec; readonly file: string }
  | { readonly ok: false; readonly message: string };

async function specFor(
  shell: Shell | undefined,
  where: { readonly cwd: string; readonly path: string | undefined },
): Promise<Resolved> {
  if (shell === undefined) {
    for (const program of [SHELLS.bash, SHELLS.sh]) {
      const file = await which(program.program, where);
      if (file !== undefined) return { ok: true, program, file };
    }
    return { ok: false, message: "neither bash nor sh is installed (not found on PATH) to run the script" };
  }
  const program = Object.hasOwn(SHELLS, shell) ? SHELLS[shell as ShellName] : template(shell);
  const file = await which(program.program, where);
  if (file === undefined) {
    const why = program.program.includes("/") ? "is not an executable file" : "is not installed (not found on PATH)";
    return { ok: false, message: `shell ${JSON.stringify(shell)}: ${program.program} ${why}` };
  }
  return { ok: true, program, file };
}

/**
 * `command [options] {0} [more options]`: the first word is the program. Words split at white
 * space; double quotes group words, as the runner's own argument parsing does.
 */
function template(shell: string): ShellSpec {
  const words: string[] = [];
  for (const match of shell.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g))
    words.push(match[1] === undefined ? (match[2] ?? "") : match[1].replace(/\\(["\\])/g, "$1"));
  const [program = shell, ...args] = words;
  return { program, args, extension: EXTENSIONS[basename(program)] ?? "" };
}

/** The executable `program` would start: a path (relative to the working directory) or a name looked up on PATH. */
async function which(
  program: string,
  where: { readonly cwd: string; readonly path: string | undefined },
): Promise<string | undefined> {
  // Relative PATH entries, like a relative program, mean the step's working directory, as for the spawned shell.
  const candidates = program.includes("/")
    ? [resolve(where.cwd, program)]
    : (where.path ?? "")
        .split(delimiter)
        .filter((dir) => dir !== "")
        .map((dir) => resolve(where.cwd, dir, program));
  for (const candidate of candidates) {
    if (
      !(await stat(candidate).then(
        (s) => s.isFile(),
        () => false,
      ))
    )
      continue;
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return undefined;
}

/** The trap's record as a message, when it explains this exit (see {@link BASH_FAILURE_TRAP}). */
function failureLine(
  record: string | undefined,
  exitCode: number,
  scriptFile: string,
  script: string,
): string | undefined {
  if (record === undefined) return undefined;
  const [status, pipeStatus = "", line = "", source, ...command] = record.split("\t");
  if (Number(status) !== exitCode || source !== scriptFile || !/^\d+$/.test(line)) return undefined;
  const statuses = pipeStatus.split(" ");
  // For a pipeline BASH_COMMAND names only its last command; the line of the script says more.
  const text = statuses.length > 1 ? `${(script.split("\n")[Number(line) - 1] ?? "").trim()}` : command.join("\t");
  const flat = text.replace(/\s*\n\s*/g, " ").trim();
  const shown = flat.length > SHOWN_COMMAND_CHARS ? `${flat.slice(0, SHOWN_COMMAND_CHARS - 1)}…` : flat;
  return `line ${line}: \`${shown}\` exited ${exitCode}${statuses.length > 1 ? ` (pipeline statuses ${statuses.join(" ")})` : ""}`;
}
