import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCatalogAt } from "../../../src/adapters/github/github-catalog.ts";
import type { GitHubClient } from "../../../src/adapters/github/github-client.ts";

const minimal = readFileSync(new URL("../../fixtures/manifests/valid/minimal.yml", import.meta.url), "utf8");
const setupDeploy = readFileSync(new URL("../../../lifecycles/setup-deploy.yml", import.meta.url), "utf8");

const blob = (name: string, text: string) => ({ name, type: "blob", object: { text, isTruncated: false } });

/** A client whose one GraphQL answer is the `.ferry/` tree given, as the catalog query receives it. */
function clientWith(folders: Record<string, ReturnType<typeof blob>[]>): GitHubClient {
  const answer = {
    repository: {
      commit: { oid: "c".repeat(40) },
      dir: { entries: Object.entries(folders).map(([name, entries]) => ({ name, type: "tree", object: { entries } })) },
    },
  };
  return { graphql: async () => answer, request: async () => ({}) } as unknown as GitHubClient;
}

const ref = { owner: "acme", repo: "web" };

describe("the App's catalog reads .ferry/ at a commit", () => {
  it("takes <name>.yaml manifests and lifecycles like <name>.yml", async () => {
    const client = clientWith({
      lifecycles: [blob("simple.yaml", setupDeploy.replace(/^name: setup-deploy$/m, "name: simple"))],
      deployments: [
        blob("web.yaml", minimal),
        blob("api.yml", minimal),
        blob(
          "job.yaml",
          "lifecycle: simple\nstages:\n  setup:\n    steps:\n      - run: echo\n  deploy:\n    steps:\n      - run: echo\n",
        ),
        blob("notes.txt", "not a manifest"),
      ],
    });
    const catalog = await readCatalogAt(client, ref, "main");
    expect(catalog?.errors).toEqual([]);
    expect([...(catalog?.manifests.keys() ?? [])].sort()).toEqual(["api", "job", "web"]);
    expect(catalog?.manifests.get("web")?.file).toBe(".ferry/deployments/web.yaml");
    expect(catalog?.lifecycles.has("simple")).toBe(true);
  });

  it("both web.yml and web.yaml: an error on each file, and no web until one goes", async () => {
    const client = clientWith({
      deployments: [blob("web.yml", minimal), blob("web.yaml", minimal), blob("api.yml", minimal)],
    });
    const catalog = await readCatalogAt(client, ref, "main");
    expect([...(catalog?.manifests.keys() ?? [])]).toEqual(["api"]);
    expect(catalog?.errors.map((e) => [e.file, e.line, e.code])).toEqual([
      [".ferry/deployments/web.yaml", 1, "duplicate-name"],
      [".ferry/deployments/web.yml", 1, "duplicate-name"],
    ]);
  });
});
