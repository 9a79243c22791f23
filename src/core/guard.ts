import { Environment } from "@marcbachmann/cel-js";

/**
 * Guards are CEL expressions evaluated over this context, never with `eval`. The variables
 * are documented in `src/core/README.md`; lifecycles that use others fail to load.
 */
export interface GuardContext {
  /** Manifest `quick`: an in-place upsert instead of a full migration (stack-migration). */
  readonly quick: boolean;
  /** A previous run of this deployment reached a good state, so its infrastructure exists. */
  readonly exists: boolean;
  /** A good version other than the current run's exists, so a rollback has a target. */
  readonly hasPrevious: boolean;
  /** Manifest `scope.allowDrop`: whether a drop may run (preview's scope-gated drop). */
  readonly allowDrop: boolean;
  /** Manifest `strategy.autoRollback` (default true): roll back by itself when a rollout fails. */
  readonly autoRollback: boolean;
  /** The step of the recorded error (a stage name), or empty. */
  readonly errorStep: string;
  /** Manifest `type`, for type-dispatched lifecycles (`type` itself is a CEL built-in). */
  readonly deploymentType: string;
  /** What caused the event being handled. */
  readonly cause: string;
  /** `deploy` or `rollback`: the kind of the current run; empty when there is none. */
  readonly run: string;
  readonly attempt: number;
  readonly failed: number;
  readonly completed: number;
  readonly inProgress: number;
  readonly total: number;
  /** Manifest `strategy.failureThreshold`. */
  readonly threshold: number;
  /** Current state of every region, by region name. */
  readonly regions: Readonly<Record<string, string>>;
}

const INT_VARIABLES = ["attempt", "failed", "completed", "inProgress", "total", "threshold"] as const;
const BOOL_VARIABLES = ["quick", "exists", "hasPrevious", "allowDrop", "autoRollback"] as const;
const STRING_VARIABLES = ["deploymentType", "cause", "run", "errorStep"] as const;

/** The documented guard variables and their CEL types. */
export const GUARD_VARIABLES: Readonly<Record<string, string>> = Object.fromEntries([
  ...INT_VARIABLES.map((name) => [name, "int"]),
  ...BOOL_VARIABLES.map((name) => [name, "bool"]),
  ...STRING_VARIABLES.map((name) => [name, "string"]),
  ["regions", "map<string, string>"],
]);

let environment: Environment | undefined;

/** Made at the first guard: setting up CEL's types costs a run that never reads a guard (`ferry status`) a few dozen ms. */
function celEnvironment(): Environment {
  if (!environment) {
    environment = new Environment();
    for (const [name, type] of Object.entries(GUARD_VARIABLES)) environment.registerVariable(name, type);
  }
  return environment;
}

type Compiled = (context: Record<string, unknown>) => unknown;

/** Parsing is the costly part; guards are few and reused for every event, so keep them. */
const compiled = new Map<string, Compiled>();

/** CEL wants ints as bigint; one transition evaluates several guards over one context, so convert once. */
const celContexts = new WeakMap<GuardContext, Record<string, unknown>>();

export type GuardCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Parses and type-checks a guard: it must compile and return a bool. */
export function checkGuard(expression: string): GuardCheck {
  try {
    const result = celEnvironment().check(expression);
    if (!result.valid) return { ok: false, message: result.error?.message ?? "invalid expression" };
    if (result.type !== "bool")
      return { ok: false, message: `guard must be a bool expression, got ${result.type ?? "unknown"}` };
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Thrown only for guards that passed `checkGuard` yet fail at run time: a bug, not input. */
export class GuardEvaluationError extends Error {
  override readonly name = "GuardEvaluationError";
  constructor(expression: string, cause: unknown) {
    super(`guard ${JSON.stringify(expression)} failed to evaluate`, { cause });
  }
}

/** Evaluates a guard over the context; true only for a CEL `true`. */
export function evaluateGuard(expression: string, context: GuardContext): boolean {
  let fn = compiled.get(expression);
  if (!fn) {
    const parsed = celEnvironment().parse(expression);
    fn = (ctx) => parsed(ctx);
    compiled.set(expression, fn);
  }
  let celContext = celContexts.get(context);
  if (!celContext) {
    celContext = { ...context };
    for (const name of INT_VARIABLES) celContext[name] = BigInt(context[name]);
    celContexts.set(context, celContext);
  }
  try {
    return fn(celContext) === true;
  } catch (error) {
    throw new GuardEvaluationError(expression, error);
  }
}
