import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { pipeline } from "node:stream/promises";
import type { ArtifactStep } from "../../manifest/manifest.ts";
import { boundedRequest, fetchFailure } from "./bounded-request.ts";
import { insideCheckout } from "./inside-checkout.ts";
import type { OutputCapture } from "./output-capture.ts";
import type { StepContext, StepOutcome } from "./step-executor.ts";

/** Downloads to a temporary file beside the target, hashing while streaming; renames only on a match. */
export async function artifactStep(
  step: ArtifactStep,
  context: StepContext,
  output: OutputCapture,
): Promise<StepOutcome> {
  const target = insideCheckout(context.checkout, step.path, "artifact path");
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.ferry-${randomBytes(6).toString("hex")}.part`;
  const hash = createHash("sha256");
  let bytes = 0;
  const download = await boundedRequest(context.timeoutMs ?? Infinity, context.signal, async (signal) => {
    const response = await fetch(step.url, { signal, redirect: "follow" });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return `GET ${step.url} answered ${response.status}`;
    }
    const body = response.body as unknown as AsyncIterable<Uint8Array>;
    const hashing = async function* (source: AsyncIterable<Uint8Array>) {
      for await (const chunk of source) {
        hash.update(chunk);
        bytes += chunk.byteLength;
        yield chunk;
      }
    };
    await pipeline(body, hashing, createWriteStream(temporary), { signal });
    return undefined;
  });
  const failure = !download.ok
    ? download.timedOut
      ? `download timed out`
      : context.signal?.aborted
        ? "cancelled"
        : `download failed: ${fetchFailure(download.error)}`
    : download.value;
  if (failure !== undefined) {
    await rm(temporary, { force: true });
    return { status: download.ok || !download.timedOut ? "failed" : "timed-out", message: `${failure} (${step.url})` };
  }
  const got = hash.digest("hex");
  const expected = step.sha256.toLowerCase();
  if (got !== expected) {
    await rm(temporary, { force: true });
    return { status: "failed", message: `checksum mismatch: expected ${expected} got ${got} (${step.url})` };
  }
  await rename(temporary, target);
  output.note(`downloaded ${step.url} to ${step.path} (${bytes} bytes, sha256 ${got})`);
  return { status: "succeeded", message: `${step.path}: sha256 ${got}` };
}
