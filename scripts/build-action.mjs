// Bundles the GitHub Action: src/action/main.ts → dist/action.js, with the JSON schemas and
// built-in lifecycles it reads at run time copied beside it (dist/schemas, dist/lifecycles).
// dist/ is committed, because an Action runs from its repository without `npm install`;
// scripts/check-dist.mjs fails the tests when it is stale.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * @actions/core imports its OIDC client, and with it @actions/http-client and undici, at start:
 * about a tenth of a second of every Action run, for `core.getIDToken`, which ferry never calls.
 * This plugin hands @actions/core a stand-in whose `getIDToken` imports the real client (a chunk
 * of its own) when called, so the behaviour is the package's and only the loading is later.
 * @type {import("esbuild").Plugin}
 */
const lazyOidcClient = {
  name: "lazy-oidc-client",
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer)) return undefined;
      return { path: join(dirname(args.importer), "oidc-utils.js"), namespace: "lazy-oidc-client" };
    });
    build.onLoad({ filter: /.*/, namespace: "lazy-oidc-client" }, (args) => ({
      contents: `export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient } = await import(${JSON.stringify(args.path)});
    return OidcClient.getIDToken(audience);
  }
}
`,
      resolveDir: dirname(args.path),
      loader: "js",
    }));
  },
};

/** Builds the Action into `outdir` (default: dist/ of the project). */
export async function buildAction(outdir = join(root, "dist")) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { action: "src/action/main.ts" },
    outdir,
    bundle: true,
    // Each command is a dynamic import in its own chunk, so a job parses and runs only the code of
    // its command (`validate` and `stage` never load Probot and Octokit). The chunks sit beside
    // action.js, where the schema and lifecycle readers look for schemas/ and lifecycles/.
    splitting: true,
    chunkNames: "[name]-[hash]",
    platform: "node",
    // action.yml runs it on node24; node20 syntax runs there unchanged, and it is what this
    // project's machines and CI have, so the tests run the very file that ships.
    target: ["node20"],
    // ESM keeps `import.meta.url`, which the schema and lifecycle readers resolve their files from.
    format: "esm",
    // Bundled CommonJS dependencies still call require() for node built-ins; give ESM one (esbuild
    // puts the banner at the top of every chunk).
    banner: {
      js: 'import { createRequire as __ferryCreateRequire } from "node:module";\nconst require = __ferryCreateRequire(import.meta.url);',
    },
    minify: false,
    sourcemap: false,
    legalComments: "eof",
    logLevel: "warning",
    plugins: [lazyOidcClient],
  });
  cpSync(join(root, "schemas"), join(outdir, "schemas"), { recursive: true });
  cpSync(join(root, "lifecycles"), join(outdir, "lifecycles"), { recursive: true });
  // The bundle is ESM whatever package.json surrounds the checkout it runs from.
  writeFileSync(join(outdir, "package.json"), JSON.stringify({ type: "module", private: true }, null, 2) + "\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAction(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
