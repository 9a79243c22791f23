import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { simpleGit } from "simple-git";

/** simple-git 4 refuses GIT_* variables, so tests give git an identity through config. */
export const GIT_IDENTITY = [
  "user.name=ferry-test",
  "user.email=ferry-test@localhost",
  "init.defaultBranch=main",
  "commit.gpgsign=false",
];

/**
 * Repositories `tempRepo` built, by their files: a later call with the same files gets a copy (`copyRepo`) instead of
 * three more git processes. The templates are never handed out themselves, so no test can change one; bounded, so a
 * file that makes many different repositories keeps only the first few.
 */
const templates = new Map<string, string>();
const MAX_TEMPLATES = 32;

/** The key of a template built from these files: the same files in any order give the same key. */
export function filesKey(files: Record<string, string>): string {
  return JSON.stringify(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A real temporary git repository with one commit on `main`, of its own (a copy when these files were built before). */
export async function tempRepo(files: Record<string, string> = { "README.md": "# test\n" }): Promise<string> {
  const key = filesKey(files);
  const template = templates.get(key);
  if (template) return copyRepo(template);
  const dir = mkdtempSync(join(tmpdir(), "ferry-repo-"));
  const git = simpleGit({ baseDir: dir, config: GIT_IDENTITY });
  await git.init();
  await commitFiles(dir, files, "initial commit");
  if (templates.size >= MAX_TEMPLATES) return dir;
  templates.set(key, dir);
  return copyRepo(dir);
}

/** Writes files into the working tree and commits them on the current branch; returns the sha. */
export async function commitFiles(dir: string, files: Record<string, string>, message: string): Promise<string> {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = simpleGit({ baseDir: dir, config: GIT_IDENTITY });
  await git.add(Object.keys(files));
  // simple-git asks git for the full sha of the commit it made; only a commit that made none needs asking HEAD.
  const { commit } = await git.commit(message);
  return /^[0-9a-f]{40,64}$/.test(commit) ? commit : (await git.revparse(["HEAD"])).trim();
}

/**
 * A copy of a repository (working tree, objects, refs and ferry's records under .git) in a new temporary folder. A
 * file builds a repository once and gives each test a copy: every test still has a real repository of its own, and
 * what one test does cannot reach another.
 */
export function copyRepo(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), "ferry-repo-"));
  cpSync(dir, copy, { recursive: true });
  return copy;
}
