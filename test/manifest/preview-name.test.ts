import { describe, expect, it } from "vitest";
import { loadManifest } from "../../src/manifest/load-manifest.ts";
import type { Manifest } from "../../src/manifest/manifest.ts";
import {
  isPreviewTemplate,
  parsePreviewName,
  previewEnvironment,
  previewName,
} from "../../src/manifest/preview-name.ts";

/** A manifest as a repository writes it, with `triggers` as given. */
function manifest(triggers: string): Manifest {
  const loaded = loadManifest(
    `lifecycle: standard\nenvironment: production\n${triggers}stages:\n  install:\n    steps:\n      - run: ./install.sh\n  rollback:\n    steps:\n      - run: ./rollback.sh\n`,
    ".ferry/deployments/web.yml",
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.manifest;
}

describe("preview names", () => {
  it.each([
    ["web", 7, "web-pr-7"],
    ["api-gateway", 1234, "api-gateway-pr-1234"],
    // A template whose own name looks like a preview still round-trips: the last `-pr-<n>` is the pull request.
    ["web-pr-1", 2, "web-pr-1-pr-2"],
  ])("%s for pull request %i is %s, and parses back", (deployment, pullNumber, name) => {
    expect(previewName(deployment, pullNumber)).toBe(name);
    expect(parsePreviewName(name)).toEqual({ base: deployment, pullNumber });
  });

  it.each(["web", "web-pr-", "-pr-7", "web-pr-7a", "web-pr-x7", "web_pr_7"])("%s is not a preview name", (name) => {
    expect(parsePreviewName(name)).toBeUndefined();
  });

  it.each([
    ["triggers:\n  pullRequests: true\n", true],
    ["triggers:\n  pullRequests: false\n", false],
    ["", false],
  ])("a manifest with %j deploys previews: %s", (triggers, expected) => {
    expect(isPreviewTemplate(manifest(triggers))).toBe(expected);
  });

  it("a preview runs in its template's environment, suffixed with the pull request", () => {
    expect(previewEnvironment(manifest("triggers:\n  pullRequests: true\n"), 42)).toBe("production-pr-42");
  });
});
