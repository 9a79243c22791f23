import type { Manifest } from "./manifest.ts";

/*
 * How a pull request's preview of a deployment is named, and where it runs: the names users see
 * (docs/architecture.md#names-fixed-for-users), the same for every adapter.
 */

/** Where a pull request's preview of a deployment lives: `<deployment>-pr-<number>`. */
export function previewName(deployment: string, pullNumber: number): string {
  return `${deployment}-pr-${pullNumber}`;
}

/** The template deployment and pull request a preview name stands for, if it is one. */
export function parsePreviewName(name: string): { readonly base: string; readonly pullNumber: number } | undefined {
  const [, base, pullNumber] = /^(.+)-pr-(\d+)$/.exec(name) ?? [];
  return base && pullNumber ? { base, pullNumber: Number(pullNumber) } : undefined;
}

/** A manifest that deploys pull-request previews; it deploys its branches too only when it names them. */
export function isPreviewTemplate(manifest: Manifest): boolean {
  return manifest.triggers.pullRequests;
}

/** The GitHub environment of a pull request's preview. */
export function previewEnvironment(manifest: Manifest, pullNumber: number): string {
  return `${manifest.environment}-pr-${pullNumber}`;
}
