import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import type { GitCommit, GitPerson, GitTreeEntry } from "./git-types.ts";

/** The modes git writes in trees (as `ls-tree` prints them), and the type of object each names. */
const MODES: Readonly<Record<string, GitTreeEntry["type"]>> = {
  "040000": "tree",
  "100644": "blob",
  "100755": "blob",
  "120000": "blob",
  "160000": "commit",
};

/**
 * Blob and tree objects of one bare repository, encoded and written by this process in git's loose-object format
 * (`<type> <size>\0<content>`, zlib-deflated, at `objects/<2 hex>/<38 hex>`), exactly the bytes `git hash-object -w`
 * and `git mktree` write. The stand-in writes a blob and one tree per changed folder for every commit it makes;
 * doing that here instead of in a git process apiece saves most of the git processes a test file starts. Anything
 * this does not encode exactly as git would (an unusual mode, a path git would refuse) is left to `git mktree`.
 */
export class GitObjects {
  /**
   * The object folders (`objects/<2 hex>`, 256 at most) this has made or written into: a write there skips the
   * `mkdir`. Only a hint: a folder removed since (`git prune` removes empty ones) is made again when a write fails.
   */
  private readonly folders = new Set<string>();

  /** `written` learns each tree and commit written (or found already there), for a cache of objects by sha. */
  constructor(
    private readonly dir: string,
    private readonly written?: (object: { sha: string; type: string; content: Buffer }) => void,
  ) {}

  /** Writes a blob; returns its sha. */
  writeBlob(content: Buffer): Promise<string> {
    return this.write("blob", content);
  }

  /** Writes a tree of these entries (names, not paths), or returns undefined when git must judge them. */
  async writeTree(entries: readonly GitTreeEntry[]): Promise<string | undefined> {
    const content = encodeTree(entries);
    return content === undefined ? undefined : this.write("tree", content);
  }

  /**
   * Writes a commit as `git commit-tree` would from these fields, or returns undefined when git must judge them (see
   * `encodeCommit`). The caller has checked that the tree and parents exist, as commit-tree does.
   */
  async writeCommit(commit: Omit<GitCommit, "sha">): Promise<string | undefined> {
    const content = encodeCommit(commit);
    return content === undefined ? undefined : this.write("commit", content);
  }

  private async write(type: "blob" | "tree" | "commit", content: Buffer): Promise<string> {
    const object = Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]);
    const sha = createHash("sha1").update(object).digest("hex");
    const folder = join(this.dir, "objects", sha.slice(0, 2));
    const path = join(folder, sha.slice(2));
    // Objects are immutable: one that exists (loose here) is already right. A packed one written again is harmless.
    // Trees and commits, encoded here, are not the caller's buffer to keep; they are what is read back most.
    const remember = () => type !== "blob" && this.written?.({ sha, type, content });
    if (existsSync(path)) {
      remember();
      return sha;
    }
    // Written aside and renamed, as git does, so that a reader never sees half an object. Synchronously: an object is
    // a few hundred bytes, and each asynchronous call would cost more CPU (a thread-pool round trip) than its write.
    const temp = join(folder, `tmp_obj_${randomBytes(6).toString("hex")}`);
    const deflated = deflateSync(object);
    if (!this.folders.has(folder)) mkdirSync(folder, { recursive: true });
    try {
      writeFileSync(temp, deflated, { mode: 0o444 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      mkdirSync(folder, { recursive: true });
      writeFileSync(temp, deflated, { mode: 0o444 });
    }
    this.folders.add(folder);
    renameSync(temp, path);
    remember();
    return sha;
  }
}

/** A tree object's content, entries in git's order; undefined when an entry is not one git would write as given. */
export function encodeTree(entries: readonly GitTreeEntry[]): Buffer | undefined {
  const names = new Set<string>();
  for (const e of entries) {
    if (MODES[e.mode] !== e.type || !/^[0-9a-f]{40}$/.test(e.sha)) return undefined;
    if (e.path === "" || e.path === "." || e.path === ".." || /[/\0]/.test(e.path) || names.has(e.path))
      return undefined;
    names.add(e.path);
  }
  // git sorts by name, comparing a tree's name as if it ended in "/".
  const key = (e: GitTreeEntry) => Buffer.from(e.type === "tree" ? `${e.path}/` : e.path);
  const sorted = [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
  return Buffer.concat(
    sorted.flatMap((e) => [
      Buffer.from(`${e.mode === "040000" ? "40000" : e.mode} ${e.path}\0`),
      Buffer.from(e.sha, "hex"),
    ]),
  );
}

/**
 * Bytes git treats as "crud" around a name or email and strips (ident.c); `\n`, `<` and `>` it drops anywhere. A
 * value with any of them is left to git rather than cleaned here.
 */
function plainIdent(value: string): boolean {
  const crud = (c: string) => c <= " " || `.,:;<>"\\'`.includes(c);
  return value !== "" && !crud(value.charAt(0)) && !crud(value.charAt(value.length - 1)) && !/[\n<>]/.test(value);
}

/** What git's commit check calls invalid UTF-8 in text that JavaScript encodes. */
const NOT_GIT_UTF8 = /\p{Cs}|\p{Noncharacter_Code_Point}/u;

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:Z|([+-])(\d\d):(\d\d))$/;

/** `<seconds> <±hhmm>` as git records an ISO 8601 date; undefined for any other form, which git parses itself. */
export function gitDate(iso: string): string | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second, zh, zm] = [1, 2, 3, 4, 5, 6, 8, 9].map((i) => Number(m[i] ?? 0));
  const sign = m[7] === "-" ? -1 : 1;
  // Only dates git reads the same way: no leap seconds, no rolled-over days, a year its parser accepts as such.
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const back = new Date(utc);
  if (year! < 1971 || year! > 2099 || back.getUTCDate() !== day || back.getUTCMonth() !== month! - 1) return undefined;
  if (hour! > 23 || minute! > 59 || second! > 59 || zh! > 14 || zm! > 59) return undefined;
  const seconds = utc / 1000 - sign * (zh! * 3600 + zm! * 60);
  // git writes no offset as +0000, whichever sign it was given with.
  return `${seconds} ${sign < 0 && zh! + zm! > 0 ? "-" : "+"}${m[8] ?? "00"}${m[9] ?? "00"}`;
}

/**
 * A commit object's content as `git commit-tree` writes it (no signature, no encoding header: the stand-in's git
 * has no config); undefined when git would change or refuse something given (an ident with characters it strips, a
 * date form it parses itself, a duplicate parent it drops, a message byte its UTF-8 check rewrites or refuses).
 */
export function encodeCommit(commit: Omit<GitCommit, "sha">): Buffer | undefined {
  const sha = /^[0-9a-f]{40}$/;
  if (!sha.test(commit.tree) || !commit.parents.every((p) => sha.test(p))) return undefined;
  if (new Set(commit.parents).size !== commit.parents.length) return undefined;
  if (commit.message.includes("\0")) return undefined;
  const ident = (p: GitPerson) => {
    const date = gitDate(p.date);
    return plainIdent(p.name) && plainIdent(p.email) && date ? `${p.name} <${p.email}> ${date}` : undefined;
  };
  const author = ident(commit.author);
  const committer = ident(commit.committer);
  if (author === undefined || committer === undefined) return undefined;
  const headers = [`tree ${commit.tree}`, ...commit.parents.map((p) => `parent ${p}`)];
  const text = `${headers.join("\n")}\nauthor ${author}\ncommitter ${committer}\n\n${commit.message}`;
  // git checks a commit's UTF-8 and rewrites what it finds invalid (lone surrogates, and the noncharacters U+FDD0 to
  // U+FDEF and U+xxFFFE/U+xxFFFF in every plane, as its find_invalid_utf8 does): such a commit is left to git.
  return NOT_GIT_UTF8.test(text) ? undefined : Buffer.from(text);
}

/** The entries of a tree object's content, as `git ls-tree` (without `-l`) lists them. */
export function decodeTree(content: Buffer): GitTreeEntry[] {
  const entries: GitTreeEntry[] = [];
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    const nul = content.indexOf(0, space);
    const mode = content.toString("latin1", at, space).padStart(6, "0");
    const sha = content.toString("hex", nul + 1, nul + 21);
    const type = mode === "040000" ? "tree" : mode === "160000" ? "commit" : "blob";
    entries.push({ mode, type, sha, path: content.toString("utf8", space + 1, nul) });
    at = nul + 21;
  }
  return entries;
}

/** Parses a raw commit object body. */
export function parseCommit(sha: string, raw: string): GitCommit {
  const split = raw.indexOf("\n\n");
  const headers = raw.slice(0, split === -1 ? raw.length : split).split("\n");
  const commit: GitCommit = {
    sha,
    tree: "",
    parents: [],
    author: person(""),
    committer: person(""),
    message: split === -1 ? "" : raw.slice(split + 2),
  };
  for (const line of headers) {
    const space = line.indexOf(" ");
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === "tree") commit.tree = value;
    else if (key === "parent") commit.parents.push(value);
    else if (key === "author") commit.author = person(value);
    else if (key === "committer") commit.committer = person(value);
  }
  return commit;
}

function person(value: string): GitPerson {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value);
  if (!m) return { name: "", email: "", date: new Date(0).toISOString().replace(/\.\d{3}Z$/, "Z") };
  return { name: m[1]!, email: m[2]!, date: new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z") };
}

/** Parses `git ls-tree -z -l` output (sizes, where given, on blobs). */
export function parseLsTree(stdout: Buffer): GitTreeEntry[] {
  return stdout
    .toString("utf8")
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [mode, type, sha, size] = line.slice(0, tab).split(/\s+/);
      const entry: GitTreeEntry = {
        mode: mode!,
        type: type as GitTreeEntry["type"],
        sha: sha!,
        path: line.slice(tab + 1),
      };
      if (size && size !== "-") entry.size = Number(size);
      return entry;
    });
}
