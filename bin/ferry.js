#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx ferry` works right after `npm ci` with no build step.
import { register } from "tsx/esm/api";
import { fileURLToPath } from "node:url";

register();
const main = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));
await import(main);
