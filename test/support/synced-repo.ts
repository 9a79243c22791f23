import { runFerryInProcess } from "./run-ferry-in-process.ts";
import { copyRepo, filesKey, tempRepo } from "./temp-repo.ts";

/**
 * Repositories `syncedRepo` built, by their files. A sync runs real stages (worktrees, shells, state commits), the
 * slowest part of the tests that start from one; built once per test worker, each test gets a copy. Bounded like
 * `tempRepo`'s templates.
 */
const templates = new Map<string, Promise<string>>();
const MAX_TEMPLATES = 8;

/**
 * A real temporary repository of its own with these files committed on `main` and then `ferry sync`ed (exit 0): a
 * copy (`copyRepo`) of one built the first time these files were asked for, so what one test does reaches no other.
 */
export async function syncedRepo(files: Record<string, string>): Promise<string> {
  const key = filesKey(files);
  let template = templates.get(key);
  if (!template) {
    template = (async () => {
      const repo = await tempRepo(files);
      const synced = await runFerryInProcess(["--repo", repo, "sync"]);
      if (synced.code !== 0) throw new Error(`ferry sync of the template exited ${synced.code}: ${synced.stderr}`);
      return repo;
    })();
    if (templates.size < MAX_TEMPLATES) {
      templates.set(key, template);
      // A failed build is not kept: the next test builds it again and fails with its own error.
      template.catch(() => templates.delete(key));
    }
  }
  return copyRepo(await template);
}
