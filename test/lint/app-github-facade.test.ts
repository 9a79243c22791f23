import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The App and the Action talk to GitHub only through src/adapters/github (issue 13, point 6): the
 * lint rule in eslint.config.js refuses a raw `.request(`, `.graphql(` or `.paginate(` in src/app
 * and src/action. Linted as the text of a real file of each, so the repository's own configuration
 * judges it.
 */
// The rule is syntax only: the type-aware rules (and their slow project service) are switched off.
const eslint = new ESLint({
  overrideConfig: {
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { "@typescript-eslint/no-floating-promises": "off", "@typescript-eslint/no-misused-promises": "off" },
  },
});

const messages = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.line);
};

const sample = [
  'import type { GitHubClient } from "../adapters/github/github-client.ts";',
  "export async function sample(client: GitHubClient, octokit: GitHubClient): Promise<void> {",
  '  await client.request<"GET /app">("GET /app");',
  '  await octokit.graphql("query { viewer { login } }");',
  "}",
  "",
].join("\n");

describe("the GitHub facade rule", () => {
  it("refuses raw API calls in src/app", async () => {
    expect(await messages("src/app/permissions.ts", sample)).toEqual([3, 4]);
  });

  it("refuses them on any client name, Probot's context.octokit included", async () => {
    const probot = sample.replace("client.request", "context.octokit.paginate");
    expect(await messages("src/app/ferry-app.ts", probot)).toEqual([3, 4]);
  });

  it("refuses them in src/action, the Action's commands included", async () => {
    const action = sample.replaceAll("../adapters/", "../../adapters/");
    expect(await messages("src/action/commands/report-command.ts", action)).toEqual([3, 4]);
    expect(await messages("src/action/run-action.ts", sample)).toEqual([3, 4]);
  });

  it("still refuses enums in src/app and src/action, which the same rule carries", async () => {
    const withEnum = `${sample}export enum Colour { Red }\n`;
    expect(await messages("src/action/run-action.ts", withEnum)).toEqual([3, 4, 6]);
    expect(await messages("src/app/permissions.ts", withEnum)).toEqual([3, 4, 6]);
  });

  it("refuses a request whose route is not also its type argument, in src/adapters/github too", async () => {
    const adapter = sample.replace("../adapters/github/github-client.ts", "./github-client.ts");
    const inferred = adapter.replace('client.request<"GET /app">(', "client.request(");
    expect(await messages("src/adapters/github/repository-permissions.ts", inferred)).toEqual([3]);
  });

  it("allows them in src/adapters/github", async () => {
    const adapter = sample.replace("../adapters/github/github-client.ts", "./github-client.ts");
    expect(await messages("src/adapters/github/repository-permissions.ts", adapter)).toEqual([]);
  });
});
