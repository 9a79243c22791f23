// Builds the `ferry` CLI the package ships: src/cli/main.ts → lib/cli/ferry.js, ES modules for Node 20.
// `npm run demo` runs src/cli/demo.ts from the same build (lib/cli/demo.js, left out of the package), so
// `npm ci && npm run demo` starts compiled code instead of compiling the sources on the fly.
// Code splitting keeps start-up cheap: main.ts loads commander and the command definitions, and
// each command imports what it runs (git, ajv, yaml, CEL, Probot) only when it runs.
// The small pure-JavaScript packages every command uses are bundled too (BUNDLED): loaded from
// node_modules they are some 150 CommonJS files, each resolved, read and compiled on its own, which
// cost `ferry validate` about a third of its CPU time. The rest (Probot, ioredis, Octokit: `serve`
// and the GitHub adapters only) stay packages that npm installs beside ferry, as every dependency
// still is.
// lib/ is not committed: `npm ci`, `npm install` from a clone or a git URL run `prepare`, and
// `npm pack` runs it before packing, so a package never ships without it.
import { build } from "esbuild";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Packages bundled into lib/, with what they import; every other package is imported from node_modules. */
const BUNDLED = new Set([
  "commander",
  "yaml",
  "@marcbachmann/cel-js",
  "simple-git",
  "picomatch",
  "picocolors",
  "ajv",
  "ajv-formats",
]);

/** @type {import("esbuild").Plugin} */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      // Built-ins are external on platform node; a bundled package's own imports are bundled with it.
      if (args.path.startsWith("node:") || /[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
      const name = args.path
        .split("/")
        .slice(0, args.path.startsWith("@") ? 2 : 1)
        .join("/");
      return BUNDLED.has(name) ? undefined : { external: true };
    });
  },
};

/** Builds the CLI into `outdir` (default: lib/ of the project); returns esbuild's metafile. */
export async function buildCli(outdir = join(root, "lib")) {
  // Built beside and swapped in whole, so a `ferry` started meanwhile never loads half a build.
  const staging = `${outdir}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { ferry: "src/cli/main.ts", demo: "src/cli/demo.ts" },
    outdir: staging,
    bundle: true,
    splitting: true,
    plugins: [externalPackages],
    platform: "node",
    target: ["node20"],
    format: "esm",
    // Bundled CommonJS packages still call require() for node built-ins; give each ESM chunk one.
    banner: {
      js: 'import { createRequire as __ferryCreateRequire } from "node:module";\nconst require = __ferryCreateRequire(import.meta.url);',
    },
    // Every file lands two folders below the package root, as src/manifest/*.ts sits: the schema
    // and lifecycle readers find ../../schemas/ and ../../lifecycles/ from wherever they are bundled.
    entryNames: "cli/[name]",
    chunkNames: "chunks/[name]-[hash]",
    minify: false,
    sourcemap: false,
    metafile: true,
    legalComments: "eof",
    logLevel: "warning",
  });
  writeFileSync(join(staging, "package.json"), JSON.stringify({ type: "module", private: true }, null, 2) + "\n");
  rmSync(outdir, { recursive: true, force: true });
  renameSync(staging, outdir);
  return result.metafile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
