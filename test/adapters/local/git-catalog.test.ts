import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalogAt } from "../../../src/adapters/local/git-catalog.ts";
import { GitObjectReader } from "../../../src/adapters/local/git-object-reader.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { tempRepo } from "../../support/temp-repo.ts";

const manifest = (lifecycle: string) => `lifecycle: ${lifecycle}
environment: production
stages:
  install:
    steps:
      - run: echo install
  rollback:
    steps:
      - run: echo rollback
`;

/** The built-in standard lifecycle under a name of the repository's own. */
const HOUSE = readFileSync(new URL("../../../lifecycles/standard.yml", import.meta.url), "utf8").replace(
  /^name: standard$/m,
  "name: house",
);

describe("loadCatalogAt on a real repository", () => {
  it("loads every .yml and .yaml below .ferry/deployments and .ferry/lifecycles, as `git ls-tree -r` lists them", async () => {
    const repo = await tempRepo({
      ".ferry/lifecycles/house.yml": HOUSE,
      ".ferry/deployments/web.yml": manifest("house"),
      ".ferry/deployments/api.yaml": manifest("standard"),
      ".ferry/deployments/team/worker.yml": manifest("standard"),
      ".ferry/deployments/README.md": "not a manifest\n",
      ".ferry/deployments/dup.yml": manifest("standard"),
      ".ferry/deployments/dup.yaml": manifest("standard"),
      ".ferry/notes.yml": "outside both folders\n",
    });
    const head = (await runGit(repo, ["rev-parse", "HEAD"])).stdout.trim();
    const reader = new GitObjectReader(repo);
    const catalog = await loadCatalogAt(reader, head);
    expect(catalog.commit).toBe(head);
    expect(catalog.hasFerryDir).toBe(true);
    expect([...catalog.manifests.keys()].sort()).toEqual(["api", "web", "worker"]);
    expect(catalog.manifests.get("web")?.lifecycle).toBe("house");
    expect(catalog.manifests.get("worker")?.file).toBe(".ferry/deployments/team/worker.yml");
    expect(catalog.lifecycles.has("house")).toBe(true);
    expect(catalog.errors.map((e) => [e.file, e.code])).toEqual([
      [".ferry/deployments/dup.yaml", "duplicate-name"],
      [".ferry/deployments/dup.yml", "duplicate-name"],
    ]);
    await reader.close();
  });

  it("finds nothing where .ferry is missing or its folders are files, and nothing at a commit that does not exist", async () => {
    const none = await tempRepo({ "README.md": "# none\n" });
    const asFile = await tempRepo({ ".ferry/deployments": "a file, not a folder\n" });
    for (const repo of [none, asFile]) {
      const reader = new GitObjectReader(repo);
      const catalog = await loadCatalogAt(reader, (await runGit(repo, ["rev-parse", "HEAD"])).stdout.trim());
      expect([catalog.hasFerryDir, catalog.manifests.size, catalog.errors]).toEqual([false, 0, []]);
      expect((await loadCatalogAt(reader, "0".repeat(40))).hasFerryDir).toBe(false);
      await reader.close();
    }
  });
});
