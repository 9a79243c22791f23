import { StandinError } from "./http-error.ts";

/** A name, email and time as git records them. */
export interface GitPerson {
  name: string;
  email: string;
  /** ISO 8601. */
  date: string;
}

/** A parsed commit object. */
export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
}

/** One entry of a tree object. */
export interface GitTreeEntry {
  mode: string;
  type: "blob" | "tree" | "commit";
  sha: string;
  /** Name within its tree, or full path for recursive listings. */
  path: string;
  size?: number;
}

/** A change to apply to a tree: set an entry, or delete the path (`entry: null`). */
export interface TreeChange {
  path: string;
  entry: { mode: string; type: "blob" | "tree" | "commit"; sha: string } | null;
}

/** One changed file between two trees. */
export interface GitDiffFile {
  filename: string;
  status: "added" | "removed" | "modified";
  additions: number;
  deletions: number;
  /** Blob sha after the change (before it, for removals). */
  sha: string;
}

/** A failed git command. */
export class GitCommandError extends StandinError {
  override name = "GitCommandError";
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(" ")} exited ${String(code)}: ${stderr.trim()}`);
  }
}

/** The sha of the empty tree, which git knows without storing it. */
export const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
/** What GitHub and git write for "no commit" (a created ref's `before`, a deleted ref's `after`). */
export const ZERO_SHA = "0000000000000000000000000000000000000000";

/** Environment for every git child: no user or system config, no prompts, no inherited GIT_* variables. */
export function gitEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("GIT_")) env[key] = value;
  return { ...env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
}
