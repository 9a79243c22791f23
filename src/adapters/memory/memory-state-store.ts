import type { DeploymentState } from "../../core/deployment-state.ts";
import type {
  HistoryCommit,
  StateCommit,
  StateRead,
  StateSnapshot,
  StateStore,
  WriteOutcome,
} from "../../ports/state-store.ts";

interface MemoryCommit {
  readonly sha: string;
  readonly parent: string | null;
  readonly message: string;
  readonly files: ReadonlyMap<string, string>;
}

/**
 * The state branch in memory, with the same compare-and-swap contract as the git adapters.
 * For tests and dry runs; files are stored as JSON text so that corrupt files can be planted.
 */
export class MemoryStateStore implements StateStore {
  private commits: MemoryCommit[] = [];
  readonly writes: StateCommit[] = [];

  get head(): string | null {
    return this.commits.at(-1)?.sha ?? null;
  }

  async read(deployments: readonly string[]): Promise<StateSnapshot> {
    const files = this.commits.at(-1)?.files ?? new Map<string, string>();
    const out = new Map<string, StateRead>();
    for (const name of deployments) {
      const text = files.get(`deployments/${name}.json`);
      if (text === undefined) out.set(name, { kind: "absent" });
      else {
        try {
          out.set(name, { kind: "ok", state: JSON.parse(text) as DeploymentState });
        } catch (error) {
          out.set(name, { kind: "corrupt", reason: "not-json", detail: (error as Error).message });
        }
      }
    }
    return { head: this.head, deployments: out };
  }

  async write(commit: StateCommit): Promise<WriteOutcome> {
    if (commit.expectedHead !== this.head)
      return {
        ok: false,
        reason: "conflict",
        detail: `expected ${commit.expectedHead ?? "no branch"}, head is ${this.head ?? "no branch"}`,
      };
    const files = new Map(this.commits.at(-1)?.files ?? []);
    for (const state of commit.states)
      files.set(`deployments/${state.deployment}.json`, JSON.stringify(state, null, 2));
    for (const [path, text] of Object.entries(commit.files ?? {})) files.set(path, text);
    const head = this.plant(files, commit.message);
    this.writes.push(commit);
    return { ok: true, head };
  }

  async list(): Promise<{ head: string | null; deployments: readonly string[] }> {
    const files = this.commits.at(-1)?.files ?? new Map<string, string>();
    const deployments = [...files.keys()]
      .filter((p) => p.startsWith("deployments/") && p.endsWith(".json"))
      .map((p) => p.slice(12, -5));
    return { head: this.head, deployments };
  }

  async history(deployment: string, limit = 50): Promise<readonly HistoryCommit[]> {
    const path = `deployments/${deployment}.json`;
    return this.commits
      .filter((c, i) => c.files.get(path) !== this.commits[i - 1]?.files.get(path))
      .reverse()
      .slice(0, limit)
      .map((c) => ({ sha: c.sha, at: "", subject: c.message.split("\n")[0] ?? "", trailers: {} }));
  }

  /** Test hook: commit raw file contents (a hand edit, a truncated file) as someone else would. */
  plantFile(path: string, text: string): void {
    const files = new Map(this.commits.at(-1)?.files ?? []);
    files.set(path, text);
    this.plant(files, `edit ${path}`);
  }

  /** Adds a commit and returns its sha. */
  private plant(files: Map<string, string>, message: string): string {
    const sha = (this.commits.length + 1).toString(16).padStart(40, "0");
    this.commits.push({ sha, parent: this.head, message, files });
    return sha;
  }
}
