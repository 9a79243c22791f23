import { loadManifest } from "../src/manifest/load-manifest.ts";

export interface HostileInputResult {
  readonly input: string;
  readonly bytes: number;
  readonly outcome: string;
  readonly ms: number;
}

const keys = (n: number) =>
  Array.from({ length: n }, (_, i) => `key${String(i).padStart(5, "0")}: ${i}`).join("\n") + "\nkey00000: again\n";

/** How long a manifest load takes on the inputs that used to stall or abort the App; median of 5. */
export function measureHostileInput(): HostileInputResult[] {
  const inputs: [string, string][] = [
    ["5,000 keys, one duplicate", keys(5000)],
    ["10,000 keys, one duplicate", keys(10000)],
    ["1,000-deep flow sequence", "[".repeat(1000) + "]".repeat(1000)],
    ["compact `- ` × 1,000", "- ".repeat(1000) + "x\n"],
    ["10 MiB file", "a: " + "x".repeat(10 * 1024 * 1024) + "\n"],
  ];
  return inputs.map(([input, text]) => {
    const times: number[] = [];
    let outcome = "";
    for (let round = 0; round < 5; round++) {
      const started = performance.now();
      const result = loadManifest(text, ".ferry/deployments/web.yml");
      times.push(performance.now() - started);
      outcome = result.ok ? "loaded" : (result.errors[0]?.code ?? "error");
    }
    times.sort((a, b) => a - b);
    return { input, bytes: Buffer.byteLength(text), outcome, ms: times[2] ?? 0 };
  });
}
