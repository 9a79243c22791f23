// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * Layer rules (docs/architecture.md#layers). A folder may import only folders below it:
 *
 *   entry points   src/app, src/action, src/cli (src/action and src/cli also start src/app)
 *   adapters       src/adapters/github | local | memory (they implement the ports)
 *   engine         src/engine (I/O only through ports; never imports an adapter)
 *   ports          src/ports     beside    src/manifest (each may use the other's types)
 *   core           src/core (pure: imports nothing else in src)
 *
 * Only src/adapters/github imports @octokit/*, and it never imports src/adapters/local or
 * src/adapters/memory, nor they it. Each block below lists what a folder must never import;
 * those lists are what lint enforces.
 */
const io = ["node:*", "fs", "fs/*", "child_process", "path", "os", "http", "https", "net", "crypto"];
const octokit = ["@octokit/*", "probot", "probot/*", "@probot/*"];
const entryPoints = ["**/app/**", "**/action/**", "**/cli/**"];
const adapters = ["**/adapters/**"];

/** @param {string[]} patterns @param {string} message */
const forbid = (patterns, message) => ({ group: patterns, message });

/** Enums are refused everywhere; a block that sets no-restricted-syntax must repeat this. */
const noEnums = { selector: "TSEnumDeclaration", message: "Use `as const` unions instead of enums." };

/**
 * Octokit's `request("GET /…", params)` names its route as the type argument too (`string` for a route a test
 * sends untyped on purpose). Inferred, the route makes TypeScript expand the types of all of GitHub's ~1,200
 * routes once per program: about 5 CPU-seconds of every typecheck, whichever call is the first. Refused
 * everywhere; a block that sets no-restricted-syntax must repeat this too.
 */
const routeTypeArgument = {
  selector: "CallExpression[callee.property.name='request']:not([typeArguments])",
  message: 'Name the route as the type argument too: request<"GET /x">("GET /x", …) (see eslint.config.js).',
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "lib/",
      "lib.building-*/",
      "coverage/",
      "docs/",
      "src/manifest/compiled-schemas.js",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: promises and non-null assertions are checked against the real types.
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  {
    // Tests may assert that a value they just checked is there.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        Buffer: "readonly",
        structuredClone: "readonly",
        AbortController: "readonly",
        fetch: "readonly",
        TextEncoder: "readonly",
        TextDecoder: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        performance: "readonly",
        setImmediate: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": ["error", noEnums, routeTypeArgument],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbid(io, "src/core is pure: no I/O."),
            forbid(octokit, "src/core must not know about GitHub."),
            forbid(
              ["ajv", "ajv/*", "ajv-formats", "simple-git", "yaml", "commander", "pino"],
              "src/core is pure: parsing and validation live in src/manifest and adapters.",
            ),
            forbid(
              ["**/engine/**", "**/ports/**", "**/manifest/**", ...adapters, ...entryPoints],
              "src/core is the bottom layer.",
            ),
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Time arrives on the event." },
        { object: "Math", property: "random", message: "src/core is deterministic." },
      ],
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "src/core is pure." },
        { name: "process", message: "src/core is pure." },
      ],
    },
  },
  {
    files: ["src/manifest/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbid(
              ["node:child_process", "child_process", "node:http", "node:https"],
              "src/manifest parses and validates; it does not run things.",
            ),
            forbid(octokit, "Only src/adapters/github talks to GitHub."),
            forbid(
              ["**/engine/**", ...adapters, ...entryPoints],
              "src/manifest sits above core, below the engine and the adapters.",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["src/ports/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbid(io, "Ports are interfaces only."),
            forbid(octokit, "Ports are interfaces only."),
            forbid(
              ["**/engine/**", ...adapters, ...entryPoints],
              "Ports sit below the engine and the adapters that implement them.",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbid(octokit, "The engine talks to GitHub only through ports."),
            forbid(["simple-git", "node:child_process", "child_process"], "The engine does I/O only through ports."),
            forbid([...adapters, ...entryPoints], "The engine must not depend on adapters or entry points."),
          ],
        },
      ],
    },
  },
  {
    files: ["src/adapters/local/**/*.ts", "src/adapters/memory/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbid(octokit, "Only src/adapters/github imports @octokit/* and probot."),
            forbid(
              [...entryPoints, "**/adapters/github/**"],
              "Adapters must not depend on entry points or on each other.",
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["src/adapters/github/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbid(entryPoints, "Adapters must not depend on entry points."),
            forbid(["**/adapters/local/**", "**/adapters/memory/**"], "Adapters must not depend on each other."),
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/action/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [forbid(["@octokit/*"], "Only src/adapters/github imports @octokit/*.")] },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            forbid(
              ["@octokit/*"],
              "Only src/adapters/github imports @octokit/*; the app gets its Octokit from Probot.",
            ),
          ],
        },
      ],
    },
  },
  {
    // The App and the Action talk to GitHub only through the typed facade in src/adapters/github:
    // no raw REST or GraphQL call, whatever the client is called (octokit, client, context.octokit).
    files: ["src/app/**/*.ts", "src/action/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        noEnums,
        routeTypeArgument,
        {
          selector: "CallExpression[callee.property.name=/^(request|graphql|paginate)$/]",
          message:
            "src/app and src/action talk to GitHub only through src/adapters/github: add or use a function there instead of calling the API here.",
        },
      ],
    },
  },
);
