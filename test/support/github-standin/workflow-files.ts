import { parse } from "yaml";
import { HttpError } from "./http-error.ts";
import type { RepoRecord } from "./standin-state.ts";

/** A `workflow_dispatch` input as declared in the workflow file. */
export interface DispatchInput {
  required: boolean;
  default: unknown;
  type: string;
  options: string[] | undefined;
}

/** What the stand-in reads from a workflow file. */
export interface WorkflowFile {
  path: string;
  name: string;
  /** `run-name` as written, expressions unresolved. */
  runName: string | undefined;
  /** Declared inputs when the workflow has a `workflow_dispatch` trigger, else undefined. */
  dispatch: Record<string, DispatchInput> | undefined;
  /** `environment` is the job's `environment:` (its name, or `name:` of the mapping) as written, expressions unresolved. */
  jobs: Array<{ name: string; steps: string[]; environment?: string }>;
}

const DIR = ".github/workflows";

/** Parses a workflow file's triggers, dispatch inputs and jobs. */
export function parseWorkflow(path: string, text: string): WorkflowFile {
  let doc: Record<string, unknown>;
  try {
    doc = (parse(text) ?? {}) as Record<string, unknown>;
  } catch (cause) {
    throw new HttpError(422, `Invalid workflow file: ${path}`, { cause });
  }
  // YAML 1.1 parsers read the `on:` key as `true`; accept both spellings.
  const on = doc["on"] ?? doc["true"];
  let dispatch: Record<string, DispatchInput> | undefined;
  const has =
    on === "workflow_dispatch" ||
    (Array.isArray(on) && on.includes("workflow_dispatch")) ||
    (typeof on === "object" && on !== null && !Array.isArray(on) && "workflow_dispatch" in on);
  if (has) {
    dispatch = {};
    const trigger =
      typeof on === "object" && on !== null && !Array.isArray(on)
        ? (on as Record<string, unknown>)["workflow_dispatch"]
        : undefined;
    const inputs = ((trigger as { inputs?: Record<string, Record<string, unknown>> } | null)?.inputs ?? {}) as Record<
      string,
      Record<string, unknown>
    >;
    for (const [key, spec] of Object.entries(inputs)) {
      dispatch[key] = {
        required: spec?.["required"] === true,
        default: spec?.["default"],
        type: typeof spec?.["type"] === "string" ? spec["type"] : "string",
        options: Array.isArray(spec?.["options"]) ? (spec["options"] as unknown[]).map(String) : undefined,
      };
    }
  }
  const jobs = Object.entries((doc["jobs"] ?? {}) as Record<string, Record<string, unknown>>).map(([id, job]) => ({
    name: typeof job?.["name"] === "string" ? job["name"] : id,
    ...environmentOf(job?.["environment"]),
    steps: ((job?.["steps"] ?? []) as Array<Record<string, unknown>>).map((s, i) =>
      typeof s?.["name"] === "string"
        ? s["name"]
        : typeof s?.["uses"] === "string"
          ? `Run ${s["uses"]}`
          : typeof s?.["run"] === "string"
            ? `Run ${s["run"].split("\n")[0]}`
            : `Step ${i + 1}`,
    ),
  }));
  return {
    path,
    name: typeof doc["name"] === "string" ? doc["name"] : path,
    runName: typeof doc["run-name"] === "string" ? doc["run-name"] : undefined,
    dispatch,
    jobs: jobs.length ? jobs : [{ name: "build", steps: [] }],
  };
}

function environmentOf(value: unknown): { environment?: string } {
  if (typeof value === "string" && value !== "") return { environment: value };
  const name = typeof value === "object" && value !== null ? (value as Record<string, unknown>)["name"] : undefined;
  return typeof name === "string" && name !== "" ? { environment: name } : {};
}

/**
 * A job's environment for a run: `${{ inputs.<name> }}` is replaced by the dispatch input (the one
 * expression the stand-in evaluates); empty means none, as on GitHub.
 */
export function resolveEnvironment(written: string | undefined, inputs: Record<string, unknown>): string | undefined {
  if (written === undefined) return undefined;
  const resolved = resolveInputs(written, inputs).trim();
  return resolved === "" ? undefined : resolved;
}

/** A run's title: `run-name` with its `${{ inputs.<name> }}` replaced, else the workflow's name (GitHub's fallback for a dispatch). */
export function displayTitle(file: WorkflowFile, inputs: Record<string, unknown>): string {
  return file.runName === undefined ? file.name : resolveInputs(file.runName, inputs);
}

function resolveInputs(written: string, inputs: Record<string, unknown>): string {
  return written.replace(/\$\{\{\s*inputs\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g, (_m, key: string) =>
    String(inputs[key] ?? ""),
  );
}

/** Workflow paths on a commit. */
export async function listWorkflowPaths(repo: RepoRecord, sha: string): Promise<string[]> {
  const dir = await repo.store.readObject(`${sha}:${DIR}`);
  if (dir?.type !== "tree") return [];
  return (await repo.store.readTree(dir.sha))
    .filter((e) => e.type === "blob" && /\.ya?ml$/.test(e.path))
    .map((e) => `${DIR}/${e.path}`);
}

/** The numeric id GitHub gives a workflow path (stable per repository). */
export function workflowId(repo: RepoRecord, path: string, nextId: () => number): number {
  let id = repo.workflowIds.get(path);
  if (id === undefined) {
    id = nextId();
    repo.workflowIds.set(path, id);
  }
  return id;
}

/** Resolves a `workflow_id` (file name or numeric id) to a path under .github/workflows. */
export function workflowPath(repo: RepoRecord, workflowIdParam: string | number): string | undefined {
  if (typeof workflowIdParam === "number" || /^\d+$/.test(workflowIdParam)) {
    for (const [path, id] of repo.workflowIds) if (id === Number(workflowIdParam)) return path;
    return undefined;
  }
  return `${DIR}/${workflowIdParam}`;
}

/** Checks inputs against the declaration the way GitHub does, returning them with defaults filled in. */
export function checkDispatchInputs(file: WorkflowFile, inputs: Record<string, unknown>): Record<string, unknown> {
  const declared = file.dispatch ?? {};
  const unexpected = Object.keys(inputs).filter((k) => !(k in declared));
  if (unexpected.length)
    throw new HttpError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`, {
      violation: "invalid-request",
    });
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(declared)) {
    const value = inputs[key] ?? spec.default;
    if (value === undefined) {
      if (spec.required)
        throw new HttpError(422, `Required input '${key}' not provided`, { violation: "invalid-request" });
      continue;
    }
    if (spec.type === "choice" && spec.options && !spec.options.includes(String(value))) {
      throw new HttpError(
        422,
        `Provided value '${String(value)}' for input '${key}' not in the list of allowed values`,
        { violation: "invalid-request" },
      );
    }
    out[key] = value;
  }
  return out;
}
