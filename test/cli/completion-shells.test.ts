import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { LOCAL_WEB_MANIFEST as WEB } from "../support/cli-fixtures.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { tempRepo } from "../support/temp-repo.ts";

const run = promisify(execFile);
const has = (shell: string) => spawnSync(shell, ["--version"]).status === 0;
/** A shell that never answers fails the test at this bound instead of hanging it. */
const SHELL_TIMEOUT_MS = 45_000;

/**
 * What each shell offers at a point of a command line, through the script `ferry completion` prints:
 * `[words typed, the one being completed last]` and the words offered (options included, `--help` left out,
 * which fish does not list).
 */
const cases: readonly [string, readonly string[], readonly string[]][] = [
  ["commands by prefix", ["ferry", "st"], ["status", "stop"]],
  ["after --repo and its value", ["ferry", "--repo", "x", "wa"], ["wait"]],
  ["a command's options and the deployments", ["ferry", "status", ""], ["--exit-status", "--json", "web"]],
  ["an option by prefix", ["ferry", "logs", "--r"], ["--run"]],
  ["a group's subcommands", ["ferry", "lifecycle", ""], ["docs", "list", "show", "validate"]],
  // `fleet status` has options of its own, not those of `status`.
  ["a subcommand's options", ["ferry", "fleet", "status", "--"], ["--json", "--server", "--token"]],
  ["a subcommand's options and deployment", ["ferry", "fleet", "token", ""], ["--generation", "--repository", "web"]],
  ["an argument's choices", ["ferry", "completion", ""], ["bash", "fish", "zsh"]],
];

/** The words a shell printed (fish adds a tab and a description), sorted, without `--help`. */
const offered = (stdout: string) =>
  stdout
    .split("\n")
    .map((line) => line.split("\t")[0] ?? "")
    .filter((word) => word !== "" && word !== "--help")
    .sort();

/** fish lists options only once the word being completed starts with `-`. */
const fishExpects = (words: readonly string[], expected: readonly string[]) =>
  (words.at(-1) ?? "").startsWith("-") ? expected : expected.filter((word) => !word.startsWith("-"));

describe("ferry completion in real shells", { timeout: 60_000 }, () => {
  /** A repository with one deployment, web: the shells complete in it. */
  let repo = "";
  const script: Record<string, string> = {};
  beforeAll(async () => {
    repo = await tempRepo({ ".ferry/deployments/web.yml": WEB });
    const scripts = mkdtempSync(join(tmpdir(), "ferry-completion-"));
    for (const shell of ["bash", "zsh", "fish"]) {
      const printed = await runFerryInProcess(["completion", shell]);
      expect(printed.code).toBe(0);
      script[shell] = join(scripts, `ferry.${shell}`);
      writeFileSync(script[shell], printed.stdout);
    }
  });
  const shell = (command: string, args: readonly string[]) =>
    run(command, args, { cwd: repo, timeout: SHELL_TIMEOUT_MS });

  it.each(cases)("bash: %s", async (_, words, expected) => {
    const completed = await shell("bash", [
      "-c",
      'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _ferry; printf "%s\\n" "${COMPREPLY[@]}"',
      "_",
      script["bash"] ?? "",
      ...words,
    ]);
    expect(offered(completed.stdout)).toEqual(expected);
  });

  const zsh = has("zsh");
  const zshName = zsh ? "zsh" : "SKIPPED: zsh is not on PATH (CI installs Debian's zsh in .ci/run); zsh";
  /**
   * compinit's dump of the completion functions on zsh's own fpath, which these cases leave as zsh ships it: the first
   * case to run writes it, and the others load it instead of scanning fpath again (most of a case's CPU time). Each
   * case still runs compinit and sources ferry's script in a fresh zsh.
   */
  const dump = join(mkdtempSync(join(tmpdir(), "ferry-zcompdump-")), "zcompdump");
  it.runIf(zsh).each(cases)(`${zshName}, through its bash-completion layer: %s`, async (_, words, expected) => {
    const completed = await shell("zsh", [
      "-fc",
      'autoload -U compinit && compinit -u -d "$1" && source "$2" || exit 1; shift 2; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); compgen -F _ferry -- "${@[-1]}"',
      "_",
      dump,
      script["zsh"] ?? "",
      ...words,
    ]);
    // zsh's compadd keeps the words that start with what is typed (bash's compgen does that in the function).
    const typed = words.at(-1) ?? "";
    expect(offered(completed.stdout).filter((word) => word.startsWith(typed))).toEqual(expected);
  });

  it.runIf(zsh)(
    `${zshName}: saved on $fpath as _ferry, the first Tab of a session completes (no bell-only first Tab)`,
    async () => {
      const fpath = mkdtempSync(join(tmpdir(), "ferry-fpath-"));
      writeFileSync(join(fpath, "_ferry"), (await runFerryInProcess(["completion", "zsh"])).stdout);
      // An interactive zsh on a pseudo-terminal (zsh/zpty): one Tab after `ferry lifecycle `, then read until the
      // subcommands are listed. Without them the read never ends and the timeout fails the test.
      const driver = [
        "zmodload zsh/zpty",
        "zpty z 'zsh -f -i'",
        `zpty -w z 'fpath=(${fpath} $fpath); autoload -U compinit; compinit -u -d ${fpath}/dump; ferry() { : }; print READY'`,
        "zpty -r z out '*READY*'",
        "zpty -r z out '*READY*'",
        "zpty -wn z $'ferry lifecycle \\t'",
        "zpty -r z out '*validate*'",
        "print -r -- LISTED",
        "zpty -d z",
      ].join("\n");
      expect((await shell("zsh", ["-fc", driver])).stdout).toContain("LISTED");
    },
  );

  const fish = has("fish");
  const fishName = fish ? "fish" : "SKIPPED: fish is not on PATH (CI installs Debian's fish in .ci/run); fish";
  it.runIf(fish).each(cases)(`${fishName}: %s`, async (_, words, expected) => {
    const completed = await shell("fish", [
      "--no-config",
      "-c",
      "source $argv[1]; or exit 1; complete -C $argv[2]",
      script["fish"] ?? "",
      words.join(" "),
    ]);
    expect(offered(completed.stdout)).toEqual(fishExpects(words, expected));
  });
});
