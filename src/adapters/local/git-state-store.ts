import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleGit, type SimpleGit } from "simple-git";
import { parseStateFile } from "../../manifest/parse-state-file.ts";
import {
  STATE_BRANCH,
  stateFilePath,
  type HistoryCommit,
  type StateCommit,
  type StateRead,
  type StateSnapshot,
  type StateStore,
  type WriteOutcome,
} from "../../ports/state-store.ts";
import { stateBranchReadme } from "../state-branch-readme.ts";
import { readFilesAt, runGit } from "./run-git.ts";

const REF = `refs/heads/${STATE_BRANCH}`;
const ZERO = "0".repeat(40);
const IDENTITY = {
  GIT_AUTHOR_NAME: "ferry",
  GIT_AUTHOR_EMAIL: "ferry@localhost",
  GIT_COMMITTER_NAME: "ferry",
  GIT_COMMITTER_EMAIL: "ferry@localhost",
};

/**
 * The `ferry/state` branch of a local repository, written with git plumbing only: blobs, a
 * temporary index, `commit-tree`, and `update-ref <new> <old>` as the compare-and-swap. It
 * never touches the working tree, the real index or the checked-out branch.
 */
export class GitStateStore implements StateStore {
  private readonly git: SimpleGit;

  constructor(private readonly repo: string) {
    this.git = simpleGit({ baseDir: repo });
  }

  async head(): Promise<string | null> {
    const result = await runGit(this.repo, ["rev-parse", "--verify", "--quiet", `${REF}^{commit}`], { check: false });
    return result.code === 0 ? result.stdout.trim() : null;
  }

  async read(deployments: readonly string[]): Promise<StateSnapshot> {
    const head = await this.head();
    const out = new Map<string, StateRead>();
    if (!head || deployments.length === 0) {
      for (const name of deployments) out.set(name, { kind: "absent" });
      return { head, deployments: out };
    }
    const texts = await this.readFiles(head, deployments.map(stateFilePath));
    deployments.forEach((name, i) => {
      const text = texts[i];
      if (text === undefined) out.set(name, { kind: "absent" });
      else {
        const parsed = parseStateFile(text, name);
        out.set(
          name,
          parsed.kind === "ok"
            ? { kind: "ok", state: parsed.state }
            : { kind: "corrupt", reason: parsed.reason, detail: parsed.detail },
        );
      }
    });
    return { head, deployments: out };
  }

  /** Reads several files at one commit with a single `cat-file --batch`. */
  readFiles(commit: string, paths: readonly string[]): Promise<(string | undefined)[]> {
    return readFilesAt(this.repo, commit, paths);
  }

  async write(commit: StateCommit): Promise<WriteOutcome> {
    const files: Record<string, string> = { ...commit.files };
    for (const state of commit.states) files[stateFilePath(state.deployment)] = JSON.stringify(state, null, 2) + "\n";
    let parent = commit.expectedHead;
    if (parent === null)
      parent = await this.commitTree(
        null,
        { "README.md": stateBranchReadme() },
        "Create the ferry/state branch [skip ci]",
      );
    const next = await this.commitTree(parent, files, commit.message);
    const update = await runGit(
      this.repo,
      ["update-ref", "-m", "ferry: record state", REF, next, commit.expectedHead ?? ZERO],
      { check: false },
    );
    if (update.code !== 0)
      return { ok: false, reason: "conflict", detail: update.stderr.trim() || `${STATE_BRANCH} moved` };
    return { ok: true, head: next };
  }

  async list(): Promise<{ head: string | null; deployments: readonly string[] }> {
    const head = await this.head();
    if (!head) return { head, deployments: [] };
    const result = await runGit(this.repo, ["ls-tree", "--name-only", `${head}:deployments`], { check: false });
    const deployments =
      result.code === 0
        ? result.stdout
            .split("\n")
            .filter((n) => n.endsWith(".json"))
            .map((n) => n.slice(0, -5))
        : [];
    return { head, deployments };
  }

  async history(deployment: string, limit = 50): Promise<readonly HistoryCommit[]> {
    if (!(await this.head())) return [];
    const log = await this.git.log({
      from: undefined,
      to: REF,
      file: stateFilePath(deployment),
      maxCount: limit,
      format: { sha: "%H", at: "%cI", body: "%B" },
    } as never);
    return (log.all as unknown as { sha: string; at: string; body: string }[]).map((c) => ({
      sha: c.sha,
      at: c.at,
      subject: c.body.split("\n")[0] ?? "",
      trailers: trailersOf(c.body),
    }));
  }

  /** Builds a commit from `parent`'s tree plus `files`, in a temporary index that nobody else sees. */
  private async commitTree(
    parent: string | null,
    files: Readonly<Record<string, string>>,
    message: string,
  ): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "ferry-index-"));
    const env = { ...IDENTITY, GIT_INDEX_FILE: join(dir, "index") };
    try {
      await runGit(this.repo, parent ? ["read-tree", parent] : ["read-tree", "--empty"], { env });
      const entries: string[] = [];
      for (const [path, text] of Object.entries(files)) {
        const blob = (await runGit(this.repo, ["hash-object", "-w", "--stdin"], { input: text })).stdout.trim();
        entries.push(`100644 ${blob}\t${path}`);
      }
      await runGit(this.repo, ["update-index", "--add", "--index-info"], { env, input: entries.join("\n") + "\n" });
      const tree = (await runGit(this.repo, ["write-tree"], { env })).stdout.trim();
      const args = ["commit-tree", tree, ...(parent ? ["-p", parent] : []), "-F", "-"];
      return (await runGit(this.repo, args, { env, input: message })).stdout.trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/** `Key: value` lines of the commit's last paragraph, as git trailers. */
export function trailersOf(body: string): Record<string, string[]> {
  const paragraphs = body.trim().split(/\n\s*\n/);
  const last = paragraphs.at(-1) ?? "";
  const trailers: Record<string, string[]> = {};
  for (const line of last.split("\n")) {
    const [, key, value] = /^([A-Za-z][A-Za-z0-9-]*): (.*)$/.exec(line) ?? [];
    if (key === undefined || value === undefined) return paragraphs.length > 1 ? {} : trailers;
    (trailers[key] ??= []).push(value);
  }
  return trailers;
}
