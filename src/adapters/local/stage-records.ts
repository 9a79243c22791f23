/**
 * What a local stage leaves behind if ferry dies under it: one JSON file per running stage in
 * `.git/ferry/running/`, naming the ferry process that runs it, the process group of each step it
 * spawned and its worktree. The next ferry command reads them to clean up (`interrupted-stages.ts`).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { runGit } from "./run-git.ts";

/** One running stage, as its ferry process recorded it. */
export interface StageRecord {
  /** The run key (`local:<deployment>:<run>:<attempt>:<stage>`), also the stage's external id. */
  readonly key: string;
  readonly deployment: string;
  readonly stage: string;
  readonly runId: number;
  readonly attempt: number;
  /** The throw-away worktree the stage runs in. */
  readonly worktree: string;
  /** The ferry process running the stage: while it lives, the stage is its business. */
  readonly ownerPid: number;
  /** Each command step leads its own process group; its id is the leader's pid. */
  readonly processGroups: readonly number[];
  readonly startedAt: string;
}

/** More records than this means something else writes there; the rest are left for a later command. */
const MAX_RECORDS = 256;
/** A record is a few hundred bytes; a larger file is not one of ours. */
const MAX_RECORD_BYTES = 16 * 1024;

/** The records of one repository. Writes are synchronous: a step's group must be on disk before ferry can die. */
export class StageRecords {
  private constructor(
    /** `<git common dir>/ferry`: logs and running records live below it. */
    readonly ferryDir: string,
  ) {}

  /** The records of `repo`; `--git-common-dir` finds the real .git when `repo` is itself a worktree. */
  static async open(repo: string): Promise<StageRecords> {
    const common = (await runGit(repo, ["rev-parse", "--git-common-dir"])).stdout.trim();
    return new StageRecords(join(isAbsolute(common) ? common : resolve(repo, common), "ferry"));
  }

  private get dir(): string {
    return join(this.ferryDir, "running");
  }

  private file(key: string): string {
    return join(this.dir, `${key.replace(/[^A-Za-z0-9._-]/g, "_")}.json`);
  }

  /** Writes (or replaces) a record atomically: a reader sees the old one or the new one, never half. */
  write(record: StageRecord): void {
    mkdirSync(this.dir, { recursive: true });
    const file = this.file(record.key);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(record, null, 2) + "\n");
    renameSync(temporary, file);
  }

  /** Adds a step's process group to the stage's record. */
  addGroup(record: StageRecord, pgid: number): StageRecord {
    const next = { ...record, processGroups: [...record.processGroups, pgid] };
    this.write(next);
    return next;
  }

  remove(key: string): void {
    rmSync(this.file(key), { force: true });
  }

  /** The records on disk that parse as records; anything else in the folder is ignored. */
  list(): StageRecord[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith(".json"));
    } catch {
      return [];
    }
    const records: StageRecord[] = [];
    for (const name of names.sort().slice(0, MAX_RECORDS)) {
      const record = parseRecord(join(this.dir, name));
      if (record) records.push(record);
    }
    return records;
  }
}

/** A record file, checked field by field: it steers kill(2) and `git worktree remove`, so nothing is taken on trust. */
function parseRecord(file: string): StageRecord | undefined {
  try {
    const text = readFileSync(file, "utf8");
    if (text.length > MAX_RECORD_BYTES) return undefined;
    const raw = JSON.parse(text) as Record<string, unknown>;
    const pid = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 1;
    const groups = raw["processGroups"];
    if (
      typeof raw["key"] !== "string" ||
      typeof raw["deployment"] !== "string" ||
      typeof raw["stage"] !== "string" ||
      typeof raw["worktree"] !== "string" ||
      !isAbsolute(raw["worktree"]) ||
      typeof raw["startedAt"] !== "string" ||
      !Number.isSafeInteger(raw["runId"]) ||
      !Number.isSafeInteger(raw["attempt"]) ||
      !pid(raw["ownerPid"]) ||
      !Array.isArray(groups) ||
      !groups.every(pid)
    )
      return undefined;
    return {
      key: raw["key"],
      deployment: raw["deployment"],
      stage: raw["stage"],
      runId: raw["runId"] as number,
      attempt: raw["attempt"] as number,
      worktree: raw["worktree"],
      ownerPid: raw["ownerPid"],
      processGroups: groups.slice(0, MAX_RECORDS),
      startedAt: raw["startedAt"],
    };
  } catch {
    return undefined;
  }
}
