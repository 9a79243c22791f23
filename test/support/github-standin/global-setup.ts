import { prepareSpecCache } from "./spec-cache.ts";

/**
 * vitest global setup of the end-to-end project: compiles the stand-in's validators for GitHub's description once
 * per description (seconds), so each test file only loads them (a fraction of a second).
 */
export default async function setup(): Promise<void> {
  const started = performance.now();
  const { dir, built } = await prepareSpecCache();
  if (built)
    console.log(
      `GitHub stand-in: compiled GitHub's OpenAPI description into ${dir} in ${Math.round(performance.now() - started)} ms`,
    );
}
