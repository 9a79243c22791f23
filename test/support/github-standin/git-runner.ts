import { GitHost, type GitHostResult } from "./git-host.ts";
import { GitCommandError } from "./git-types.ts";

/** Read-only commands whose answer the objects they name decide, and the options that do not change that. */
const PURE_COMMANDS = new Set(["rev-list", "diff-tree", "merge-base", "ls-tree"]);
const PURE_OPTIONS = /^(?:-[rzlt]|--reverse|--no-renames|--raw|--numstat|--is-ancestor|--max-count=\d+)$/;

/**
 * Whether `git args` answers the same whenever it is run: a read-only command whose every revision is a full sha
 * (a ref or a date could name something else later; a path filter or other option is not worth the thought).
 */
function isPure(args: readonly string[]): boolean {
  const [command, ...rest] = args;
  return (
    command !== undefined &&
    PURE_COMMANDS.has(command) &&
    rest.every((arg) => PURE_OPTIONS.test(arg) || /^\^?[0-9a-f]{40}$/.test(arg))
  );
}

/**
 * Runs git in one repository through the git host, and keeps the answers of commands that always answer the same.
 */
export class GitRunner {
  /**
   * Answers of read-only commands about objects named by full sha (see `isPure`), which never change: a pull
   * request's figures, a push's commits and files are asked for again with every webhook and read of them.
   */
  private readonly answers = new Map<string, Promise<GitHostResult>>();

  constructor(
    readonly dir: string,
    protected readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Runs git in the repository; `okCodes` lists exit codes that are answers rather than failures. */
  run(
    args: string[],
    options: { input?: Buffer | string; env?: NodeJS.ProcessEnv; okCodes?: number[]; cwd?: string } = {},
  ): Promise<{ stdout: Buffer; code: number }> {
    const env = { ...this.env, ...options.env };
    const pure = options.input === undefined && options.env === undefined && options.cwd === undefined && isPure(args);
    const key = args.join("\0");
    let answer = pure ? this.answers.get(key) : undefined;
    if (answer === undefined) {
      answer = GitHost.get().run(args, options.cwd ?? this.dir, env, options.input ?? "");
      if (pure) {
        if (this.answers.size >= 5000) this.answers.clear();
        this.answers.set(key, answer);
        // A failure (say, an object not there yet) is not an answer: only 0 and 1 (false, none) are kept.
        const forget = () => this.answers.delete(key);
        void answer.then(({ code }) => code !== 0 && code !== 1 && forget(), forget);
      }
    }
    return answer.then(({ code, stdout, stderr }) => {
      const ok = code === 0 || (code !== null && (options.okCodes ?? []).includes(code));
      if (!ok) throw new GitCommandError(args, code, stderr);
      return { stdout, code: code ?? 0 };
    });
  }

  protected async text(args: string[], input?: string): Promise<string> {
    return (await this.run(args, input === undefined ? {} : { input })).stdout.toString().trim();
  }
}
