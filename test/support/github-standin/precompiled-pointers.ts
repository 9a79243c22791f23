import { documentedStatuses, responseSchemaPointer, webhookSchemaPointer, type OpenApiSpec } from "./openapi-spec.ts";
import { standinHandlers } from "./standin-handlers.ts";

/** The webhooks the stand-in sends (see README.md, "Webhooks"), by GitHub's `x-webhooks` names. */
const MODELLED_WEBHOOKS = [
  "push",
  ...["opened", "synchronize", "closed", "reopened", "labeled", "unlabeled"].map((a) => `pull-request-${a}`),
  ...["created", "completed", "requested-action", "rerequested"].map((a) => `check-run-${a}`),
  ...["requested", "in-progress", "completed"].map((a) => `workflow-run-${a}`),
  ...["queued", "in-progress", "completed"].map((a) => `workflow-job-${a}`),
  ...["opened", "labeled", "unlabeled"].map((a) => `issues-${a}`),
  ...["created", "edited"].map((a) => `issue-comment-${a}`),
  "deployment-created",
  "deployment-status-created",
];

/**
 * The schemas worth compiling ahead: parameters, body and every documented answer of each operation the stand-in
 * models, and the payloads of the webhooks it sends. A request to any other operation is still validated; its
 * schemas compile when it arrives.
 */
export function precompiledPointers(spec: OpenApiSpec): string[] {
  const pointers = new Set<string>();
  for (const operationId of Object.keys(standinHandlers)) {
    const op = spec.byId.get(operationId);
    if (!op) continue;
    for (const param of op.parameters)
      if (param.in === "path" || param.in === "query") pointers.add(param.schemaPointer);
    if (op.bodyPointer) pointers.add(op.bodyPointer);
    for (const status of documentedStatuses(spec.doc, op)) {
      const pointer = responseSchemaPointer(spec.doc, op, status);
      if (pointer) pointers.add(pointer);
    }
  }
  const webhooks = (spec.doc["x-webhooks"] ?? {}) as Record<string, unknown>;
  for (const name of MODELLED_WEBHOOKS) if (webhooks[name]) pointers.add(webhookSchemaPointer(name));
  return [...pointers];
}
