import { FastImport, type ImportedCommit } from "../../src/adapters/local/fast-import-commit.ts";

/**
 * Writes a chain of commits (each child of the one before; the first a child of `parent`, or a root commit) with a
 * `git fast-import` of its own, and returns the last one's sha: ferry's own {@link FastImport}, started for one chain,
 * for tests that need commits written as ferry writes them.
 */
export async function fastImportCommits(
  repo: string,
  parent: string | null,
  commits: readonly ImportedCommit[],
  now: Date = new Date(),
): Promise<string> {
  const importer = FastImport.start(repo);
  try {
    return await importer.commits(parent, commits, now);
  } finally {
    await importer.close().catch(() => undefined);
  }
}
