import { readDescription, specFromDescription, type OpenApiSpec } from "./openapi-spec.ts";
import { readSpecCache } from "./spec-cache.ts";

let loaded: Promise<OpenApiSpec> | undefined;

/**
 * GitHub's REST description, once per process: from the cache the test run's global setup prepared
 * (`spec-cache.ts`), or, when a test runs without it, parsed here with every validator compiled on first use.
 */
export function loadOpenApiSpec(): Promise<OpenApiSpec> {
  loaded ??= (async () => (await readSpecCache()) ?? specFromDescription(await readDescription()))();
  return loaded;
}
