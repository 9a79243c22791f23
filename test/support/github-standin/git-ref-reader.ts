import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { plainRefName } from "./git-refs.ts";

/** What a name resolves to, read from the ref files; "ask-git" where this does not know git's answer exactly. */
export type RefReading =
  { readonly kind: "found"; readonly sha: string } | { readonly kind: "missing" } | { readonly kind: "ask-git" };

/**
 * One ref's file state: a sha, a symbolic ref to follow, no file ("none": packed-refs may hold it), a file where a
 * folder of refs would be ("blocked": git looks no further), or something git judges itself.
 */
type Entry = { sha: string } | { target: string } | "none" | "blocked" | "ask-git";

const SHA_FILE = /^([0-9a-f]{40})\n?$/;
const SYMREF_FILE = /^ref: (\S+)\n?$/;
const ZERO_SHA = "0".repeat(40);
/** git follows at most this many symbolic refs (SYMREF_MAXDEPTH); fewer are followed here. */
const SYMREF_DEPTH = 3;
/** A `for-each-ref` pattern of plain components (no glob, nothing that leaves refs/), as a prefix or a name. */
const PLAIN_PATTERN = /^refs\/(?:[\w-][\w.-]*\/)*[\w.-]*$/;

/**
 * Reads the refs of one bare repository (files backend) in this process, as git reads them: a loose ref file under
 * the repository (a sha, or `ref: <target>` followed), else the ref's line in `packed-refs`, else none. Every read
 * opens the files again, because git processes (a push through `git http-backend`, a `git fetch` into the
 * repository, `git pack-refs`) write them too; nothing is cached.
 *
 * It models only what it can answer exactly; anything else is "ask-git" (or undefined from `list`) for the caller to
 * run git: a name that is not plain, a ref file that is neither a sha nor a plain symbolic ref (git calls it broken
 * and skips it with a warning), a symbolic link, a `packed-refs` line it does not expect, a folder where a file
 * should be, a symbolic ref that dangles or goes deep.
 */
export class GitRefReader {
  constructor(private readonly dir: string) {}

  /**
   * What `git rev-parse --verify -q <name>` answers for a full ref name (`refs/...`). git first tries the name as
   * given and then, when it is not there, the names it would also read it as (`refs/<name>`, `refs/tags/<name>`, ...,
   * git's `ref_rev_parse_rules`), taking the first that resolves; so does this.
   */
  resolve(name: string): RefReading {
    if (!plainRefName(name)) return { kind: "ask-git" };
    let packed: Map<string, string> | "ask-git" | undefined;
    const packedRefs = () => (packed ??= this.packed());
    for (const candidate of [name, `refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`]) {
      const found = this.follow(candidate, packedRefs);
      if (found.kind !== "missing") return found;
    }
    return this.follow(`refs/remotes/${name}/HEAD`, packedRefs);
  }

  /**
   * The refs `git for-each-ref <prefix>` lists, sorted as it sorts them (by name, bytewise), or undefined when git
   * must list them: a glob, a symbolic or broken ref in the folder the pattern names (git resolves or skips those), a
   * name git would judge.
   */
  list(prefix: string): Array<{ ref: string; sha: string }> | undefined {
    if (!PLAIN_PATTERN.test(prefix) || prefix.includes("..")) return undefined;
    const packed = this.packed();
    if (packed === "ask-git") return undefined;
    // Only the folder the pattern names, or the one its last component is in, can hold loose refs it matches.
    const loose = new Map<string, string>();
    if (!this.walk(prefix.slice(0, prefix.lastIndexOf("/")), loose)) return undefined;
    const refs = new Map([...packed, ...loose]);
    const names = [...refs.keys()];
    // A ref that is also a folder of refs (only a hand-made packed-refs can hold both): git's listing is its own.
    if (names.some((n) => names.some((other) => other.startsWith(`${n}/`)))) return undefined;
    // for-each-ref's pattern: the name itself, or a name under it (a pattern ending in "/" is a prefix as it is).
    const under = prefix.endsWith("/") ? prefix : `${prefix}/`;
    return names
      .filter((n) => n === prefix || n.startsWith(under))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((ref) => ({ ref, sha: refs.get(ref)! }));
  }

  /** Resolves one name, following symbolic refs; "missing" when neither a loose nor a packed ref holds it. */
  private follow(name: string, packedRefs: () => Map<string, string> | "ask-git"): RefReading {
    let current = name;
    for (let depth = 0; depth <= SYMREF_DEPTH; depth++) {
      let entry = this.loose(current);
      if (entry === "none") {
        const packed = packedRefs();
        if (packed === "ask-git") return { kind: "ask-git" };
        const sha = packed.get(current);
        entry = sha === undefined ? "none" : { sha };
      }
      if (entry === "ask-git") return { kind: "ask-git" };
      // The name itself missing is "missing"; a symbolic ref that dangles git skips with a warning: left to it.
      if (entry === "none" || entry === "blocked") return depth === 0 ? { kind: "missing" } : { kind: "ask-git" };
      if ("sha" in entry) return { kind: "found", sha: entry.sha };
      current = entry.target;
    }
    return { kind: "ask-git" };
  }

  /** The loose ref file of a name: "none" when there is none (or a folder of refs is there, as git treats it). */
  private loose(name: string): Entry {
    const path = join(this.dir, name);
    let content: string;
    try {
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (stat === undefined || stat.isDirectory()) return "none";
      if (!stat.isFile()) return "ask-git";
      content = readFileSync(path, "latin1");
    } catch (error) {
      // ENOTDIR: a ref file where a folder of refs would be; git then does not look in packed-refs either. Anything
      // else (a file gone between the two reads, a permission) git decides.
      return (error as NodeJS.ErrnoException).code === "ENOTDIR" ? "blocked" : "ask-git";
    }
    return this.parse(content);
  }

  /** A loose ref file's content as git reads it, in the forms git writes; anything else git judges itself. */
  private parse(content: string): Entry {
    const sha = SHA_FILE.exec(content)?.[1];
    if (sha !== undefined) return sha === ZERO_SHA ? "ask-git" : { sha };
    const target = SYMREF_FILE.exec(content)?.[1];
    return target !== undefined && plainRefName(target) ? { target } : "ask-git";
  }

  /**
   * The refs in `packed-refs` (none when there is no file): `<sha> <name>` lines after an optional `#` header, each
   * perhaps followed by its peeled `^<sha>`. A line git would refuse, or a name twice, is git's to judge.
   */
  private packed(): Map<string, string> | "ask-git" {
    let content: string;
    try {
      content = readFileSync(join(this.dir, "packed-refs"), "latin1");
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ENOENT" ? new Map() : "ask-git";
    }
    const refs = new Map<string, string>();
    if (content === "") return refs;
    if (!content.endsWith("\n")) return "ask-git";
    const lines = content.slice(0, -1).split("\n");
    let previous: string | undefined;
    for (const [i, line] of lines.entries()) {
      if (i === 0 && line.startsWith("# pack-refs with:")) continue;
      if (/^\^[0-9a-f]{40}$/.test(line) && previous !== undefined) {
        previous = undefined; // One peeled line per ref.
        continue;
      }
      const m = /^([0-9a-f]{40}) (\S+)$/.exec(line);
      if (!m || !plainRefName(m[2]!) || m[1] === ZERO_SHA || refs.has(m[2]!)) return "ask-git";
      refs.set(m[2]!, m[1]!);
      previous = m[2];
    }
    return refs;
  }

  /** Adds the loose refs under `folder` (a sha each); false when one is something git must judge. */
  private walk(folder: string, into: Map<string, string>): boolean {
    let entries;
    try {
      entries = readdirSync(join(this.dir, folder), { withFileTypes: true });
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ENOENT"; // No such folder: no loose refs in it.
    }
    for (const entry of entries) {
      // git's loose-ref walk skips dot-files and lock files (a writer's, for the moment it writes).
      if (entry.name.startsWith(".") || entry.name.endsWith(".lock")) continue;
      const name = `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!this.walk(name, into)) return false;
        continue;
      }
      if (!entry.isFile() || !plainRefName(name)) return false;
      const found = this.loose(name);
      if (typeof found === "string" || !("sha" in found)) return false;
      into.set(name, found.sha);
    }
    return true;
  }
}
