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
import { GitObjectReader } from "./git-object-reader.ts";
import { GitStateWriter } from "./git-state-writer.ts";
import { treeEntries } from "./tree-entries.ts";

const REF = `refs/heads/${STATE_BRANCH}`;

/**
 * The `ferry/state` branch of a local repository, written with git plumbing only: the commit's
 * objects by `git fast-import`, then an `update-ref` transaction from exactly `expectedHead` as the
 * compare-and-swap, both through processes that all of a command's writes share (GitStateWriter).
 * It never touches the working tree, the real index or the checked-out branch. Reads go through
 * `reader` (a session shares one), which asks git afresh each time: the head a write's
 * `expectedHead` comes from is the branch as it is when read, never a remembered one.
 */
export class GitStateStore implements StateStore {
  private readonly git: SimpleGit;

  constructor(
    private readonly repo: string,
    private readonly reader: GitObjectReader = new GitObjectReader(repo),
    private readonly writer: GitStateWriter = new GitStateWriter(repo, "ferry: record state"),
  ) {
    this.git = simpleGit({ baseDir: repo });
  }

  async head(): Promise<string | null> {
    return (await this.reader.commit(REF)) ?? null;
  }

  async read(deployments: readonly string[]): Promise<StateSnapshot> {
    const { head, texts } = await this.readAtHead(deployments.map(stateFilePath));
    const out = new Map<string, StateRead>();
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

  /**
   * The branch head and files at exactly that commit: the head is resolved first and the files are
   * read at the sha it gave, so they always belong to the head returned, however the branch moves.
   */
  async readAtHead(paths: readonly string[]): Promise<{ head: string | null; texts: (string | undefined)[] }> {
    const head = await this.head();
    return { head, texts: head === null ? paths.map(() => undefined) : await this.reader.files(head, paths) };
  }

  async write(commit: StateCommit): Promise<WriteOutcome> {
    const files: Record<string, string> = { ...commit.files };
    for (const state of commit.states) files[stateFilePath(state.deployment)] = JSON.stringify(state, null, 2) + "\n";
    // A branch that does not exist yet starts with a root commit that only explains it (the README).
    const chain =
      commit.expectedHead === null
        ? [{ files: { "README.md": stateBranchReadme() }, message: "Create the ferry/state branch [skip ci]" }]
        : [];
    const written = await this.writer.write(REF, commit.expectedHead, [...chain, { files, message: commit.message }]);
    if (!written.ok) return { ok: false, reason: "conflict", detail: written.detail || `${STATE_BRANCH} moved` };
    return { ok: true, head: written.head };
  }

  /** Ends the writer's git processes once its writes are done (a later write starts them again); the reader is the caller's. */
  close(): Promise<void> {
    return this.writer.close();
  }

  async list(): Promise<{ head: string | null; deployments: readonly string[] }> {
    const head = await this.head();
    if (head === null) return { head, deployments: [] };
    const folder = await this.reader.object(`${head}:deployments`);
    const names = folder?.type === "tree" ? treeEntries(folder.content, head.length / 2).map((e) => e.name) : [];
    return { head, deployments: names.filter((n) => n.endsWith(".json")).map((n) => n.slice(0, -5)) };
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
