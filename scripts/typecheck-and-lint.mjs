// The typecheck (`tsc --noEmit`) and the type-aware lint (`eslint .`) in one process on one TypeScript program.
// Run apart, each builds and type-checks the whole program itself (typescript-eslint's project service builds its
// own), so the project was type-checked twice; here the program tsc's diagnostics come from is handed to
// typescript-eslint (`parserOptions.programs`), whose rules then ask an already warm type checker. Same tsconfig,
// same ESLint config, same files and rules as `npm run typecheck` and `npm run lint`, which stay the commands to run
// one of them alone.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds the program of tsconfig.json and prints its diagnostics like `tsc --noEmit -p tsconfig.json`. */
function typecheck() {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => report([diagnostic]) };
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, "tsconfig.json"), {}, host);
  if (!config) process.exit(2);
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    projectReferences: config.projectReferences,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(config),
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  report(diagnostics);
  return { program, errors: diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length };
}

/** @param {readonly import("typescript").Diagnostic[]} diagnostics */
function report(diagnostics) {
  if (diagnostics.length === 0) return;
  const formatHost = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => root,
    getNewLine: () => "\n",
  };
  process.stdout.write(
    process.stdout.isTTY
      ? ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost)
      : ts.formatDiagnostics(diagnostics, formatHost),
  );
}

/** Lints like `eslint .`, the TypeScript files against `program` instead of a program of its own. */
async function lint(program) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      files: ["**/*.ts"],
      languageOptions: { parserOptions: { projectService: false, programs: [program] } },
    },
  });
  const results = await eslint.lintFiles(["."]);
  const formatter = await eslint.loadFormatter("stylish");
  const output = await formatter.format(results);
  if (output) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  return results.reduce((sum, result) => sum + result.errorCount + result.fatalErrorCount, 0);
}

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const { program, errors: typeErrors } = typecheck();
process.stdout.write(`> typecheck: ${typeErrors === 0 ? "ok" : `${typeErrors} errors`} after ${seconds()} s\n`);
const lintErrors = await lint(program);
process.stdout.write(`> lint: ${lintErrors === 0 ? "ok" : `${lintErrors} errors`} after ${seconds()} s\n`);
if (typeErrors > 0 || lintErrors > 0) process.exitCode = 1;
