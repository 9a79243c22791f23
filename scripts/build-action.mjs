// Bundles the GitHub Action: src/action/main.ts → dist/action.js, with the JSON schemas and
// built-in lifecycles it reads at run time copied beside it (dist/schemas, dist/lifecycles).
// dist/ is committed, because an Action runs from its repository without `npm install`;
// scripts/check-dist.mjs fails the tests when it is stale.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds the Action into `outdir` (default: dist/ of the project). */
export async function buildAction(outdir = join(root, "dist")) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ["src/action/main.ts"],
    outfile: join(outdir, "action.js"),
    bundle: true,
    platform: "node",
    // action.yml runs it on node24; node20 syntax runs there unchanged, and it is what this
    // project's machines and CI have, so the tests run the very file that ships.
    target: ["node20"],
    // ESM keeps `import.meta.url`, which the schema and lifecycle readers resolve their files from.
    format: "esm",
    // Bundled CommonJS dependencies still call require() for node built-ins; give ESM one.
    banner: {
      js: 'import { createRequire as __ferryCreateRequire } from "node:module";\nconst require = __ferryCreateRequire(import.meta.url);',
    },
    minify: false,
    sourcemap: false,
    legalComments: "eof",
    logLevel: "warning",
  });
  cpSync(join(root, "schemas"), join(outdir, "schemas"), { recursive: true });
  cpSync(join(root, "lifecycles"), join(outdir, "lifecycles"), { recursive: true });
  // The bundle is ESM whatever package.json surrounds the checkout it runs from.
  writeFileSync(join(outdir, "package.json"), JSON.stringify({ type: "module", private: true }, null, 2) + "\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAction(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
