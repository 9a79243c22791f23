import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";

/** A working tree with `.ferry/` files; `ferry validate` reads the tree, not git. */
function repoWith(files: Record<string, string>): string {
  const repo = mkdtempSync(join(tmpdir(), "ferry-validate-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, ".."), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  return repo;
}

const WEB =
  "lifecycle: standard\nstages:\n  install:\n    steps:\n      - run: ./install.sh\n  rollback:\n    steps:\n      - run: ./rollback.sh\n";

const CANARY = [
  "name: canary",
  "description: A lifecycle with one misspelt target.",
  "concurrency: queue",
  "initial: idle",
  "states:",
  "  idle:",
  "    kind: steady",
  "    on:",
  "      deploy: checkng",
  "  checking:",
  "    kind: stage",
  "    stage: check",
  "    on:",
  "      stage.succeeded: done",
  "      stage.failed: idle",
  "  done:",
  "    kind: final",
  "",
].join("\n");

describe("ferry validate --json", () => {
  it("prints every diagnostic as JSON on stdout, keeps the human lines on stderr, and exits 1", async () => {
    const repo = repoWith({
      ".ferry/deployments/web.yml": WEB.replace("stages:", "environmnet: production\nstages:"),
      ".ferry/deployments/api.yml": "",
      ".ferry/lifecycles/canary.yml": CANARY,
    });
    const { code, stdout, stderr } = await runFerryInProcess(["--repo", repo, "validate", "--json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      valid: false,
      deployments: { checked: 2, valid: 0 },
      lifecycles: { checked: 1, valid: 0 },
      diagnostics: [
        {
          file: ".ferry/lifecycles/canary.yml",
          line: 9,
          column: 15,
          path: "/states/idle/on/deploy/0",
          code: "unknown-target",
          message: 'target state "checkng" does not exist; did you mean "checking"?',
          suggestion: "checking",
        },
        {
          file: ".ferry/deployments/api.yml",
          line: 1,
          column: 1,
          path: "",
          code: "schema",
          message:
            "the file is empty; a manifest needs at least `lifecycle:` and the `stages:` that lifecycle runs (see `ferry init`)",
          suggestion: null,
        },
        {
          file: ".ferry/deployments/web.yml",
          line: 2,
          column: 1,
          path: "/environmnet",
          code: "schema",
          message: 'unknown key "environmnet"; did you mean "environment"?',
          suggestion: "environment",
        },
      ],
    });
    expect(stderr).toContain(
      '.ferry/lifecycles/canary.yml:9:15 target state "checkng" does not exist; did you mean "checking"?\n',
    );
    expect(stderr).toContain('.ferry/deployments/web.yml:2:1 unknown key "environmnet"; did you mean "environment"?\n');
    expect(stderr).toContain("3 error(s)");
  });

  it("says valid, with nothing else on stdout, and exits 0", async () => {
    const repo = repoWith({ ".ferry/deployments/web.yml": WEB });
    const { code, stdout } = await runFerryInProcess(["--repo", repo, "validate", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      valid: true,
      deployments: { checked: 1, valid: 1 },
      lifecycles: { checked: 0, valid: 0 },
      diagnostics: [],
    });
  });

  it("without --json, diagnostics stay on stderr only, as before", async () => {
    const repo = repoWith({ ".ferry/deployments/web.yml": WEB.replace("install:", "instal:") });
    const { code, stdout, stderr } = await runFerryInProcess(["--repo", repo, "validate"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^\.ferry\/deployments\/web\.yml:\d+:\d+ stage "instal" is not used: .*did you mean "install"\?/m,
    );
  });
});
