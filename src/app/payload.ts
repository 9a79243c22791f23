/**
 * Webhook payloads are untrusted input: anyone who learns the URL can try to post one, and a
 * signed one may still lack a field ferry relies on. These readers narrow `unknown` field by
 * field, so a handler works with exactly what it checked.
 */

import { PayloadError } from "../adapters/github/webhook-fields.ts";

/** A payload that lacks a field ferry needs: one error for every webhook, wherever its facts are read. */
export { PayloadError };

type Json = Readonly<Record<string, unknown>>;

/** The object at `key`, or undefined. */
export function objectAt(value: unknown, key: string): Json | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field = (value as Json)[key];
  return typeof field === "object" && field !== null && !Array.isArray(field) ? (field as Json) : undefined;
}

/** The string at `key`, or undefined. */
export function stringAt(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field = (value as Json)[key];
  return typeof field === "string" ? field : undefined;
}

/** The finite number at `key`, or undefined. */
export function numberAt(value: unknown, key: string): number | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field = (value as Json)[key];
  return typeof field === "number" && Number.isFinite(field) ? field : undefined;
}

/** The boolean at `key`, or undefined. */
export function booleanAt(value: unknown, key: string): boolean | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field = (value as Json)[key];
  return typeof field === "boolean" ? field : undefined;
}

/** The array at `key`, or an empty one. */
export function arrayAt(value: unknown, key: string): readonly unknown[] {
  if (typeof value !== "object" || value === null) return [];
  const field = (value as Json)[key];
  return Array.isArray(field) ? field : [];
}

/** The strings of the array at `key`; other items are dropped. */
export function stringsAt(value: unknown, key: string): string[] {
  return arrayAt(value, key).filter((item): item is string => typeof item === "string");
}

const SHA = /^[0-9a-f]{40}$/;

/** A full commit sha at `key`, or undefined. */
export function shaAt(value: unknown, key: string): string | undefined {
  const sha = stringAt(value, key);
  return sha !== undefined && SHA.test(sha) ? sha : undefined;
}

/** Where a webhook comes from: the installation, the repository and who acted. */
export interface WebhookOrigin {
  readonly installationId: number;
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly fullName: string;
  readonly sender: string;
}

const NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/** The origin every handled webhook must carry; throws {@link PayloadError} when a part is missing. */
export function originOf(payload: unknown, options: { readonly requireInstallation?: boolean } = {}): WebhookOrigin {
  // In token mode (the Action's `command: engine`) events come from a workflow and carry no installation.
  const installationId =
    numberAt(objectAt(payload, "installation"), "id") ?? (options.requireInstallation === false ? 0 : undefined);
  const repository = objectAt(payload, "repository");
  const owner = stringAt(objectAt(repository, "owner"), "login");
  const repo = stringAt(repository, "name");
  const defaultBranch = stringAt(repository, "default_branch");
  const sender = stringAt(objectAt(payload, "sender"), "login") ?? "unknown";
  if (installationId === undefined)
    throw new PayloadError("the webhook has no installation id: is it from this app's installation?");
  if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo))
    throw new PayloadError("the webhook names no valid repository");
  if (!defaultBranch) throw new PayloadError("the webhook's repository has no default branch");
  return { installationId, owner, repo, defaultBranch, fullName: `${owner}/${repo}`, sender };
}
