import { setTimeout as delay } from "node:timers/promises";
import { preciseDuration } from "../../core/human-time.ts";
import type { HttpCheckStep } from "../../manifest/manifest.ts";
import { boundedRequest, fetchFailure } from "./bounded-request.ts";
import type { OutputCapture } from "./output-capture.ts";
import type { StepContext, StepOutcome } from "./step-executor.ts";

/** GET the URL until it answers the expected status, `retries + 1` attempts at most. */
export async function httpCheckStep(
  step: HttpCheckStep,
  context: StepContext,
  output: OutputCapture,
): Promise<StepOutcome> {
  const { url, expectStatus, retries, intervalSeconds, timeoutSeconds } = step.check;
  const deadline = context.timeoutMs === undefined ? Infinity : Date.now() + context.timeoutMs;
  const attempts = retries + 1;
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (context.signal?.aborted) return { status: "failed", message: "cancelled" };
    const budget = Math.min(timeoutSeconds * 1000, deadline - Date.now());
    if (budget <= 0)
      return {
        status: "timed-out",
        message: `timed out after ${attempt - 1} of ${attempts} attempts${last ? `; last: GET ${url} ${last}` : ""}`,
      };
    const answer = await boundedRequest(budget, context.signal, async (signal) => {
      const response = await fetch(url, { signal, redirect: "follow" });
      await response.body?.cancel();
      return response.status;
    });
    if (context.signal?.aborted) return { status: "failed", message: "cancelled" };
    last = answer.ok
      ? `answered ${answer.value}`
      : answer.timedOut
        ? `gave no answer within ${preciseDuration(budget)}`
        : `failed: ${fetchFailure(answer.error)}`;
    output.note(`attempt ${attempt}/${attempts}: GET ${url} ${last}`);
    if (answer.ok && answer.value === expectStatus)
      return { status: "succeeded", message: `GET ${url} answered ${expectStatus}` };
    // An abort ends the pause early; the loop then returns "cancelled".
    if (attempt < attempts)
      await delay(Math.min(intervalSeconds * 1000, Math.max(0, deadline - Date.now())), undefined, {
        signal: context.signal,
      }).catch(() => undefined);
  }
  return {
    status: "failed",
    message: `GET ${url} ${last}, expected ${expectStatus} (${attempts} attempt${attempts === 1 ? "" : "s"})`,
  };
}
