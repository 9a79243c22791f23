/**
 * Hostile texts for every YAML loader, made at run time so their sizes are exact. `abortsNode`
 * marks the ones that aborted Node (an uncatchable fatal error) before depth was bounded: tests
 * run those in a child process, so a regression fails the test instead of killing the runner.
 */
export interface HostileYaml {
  readonly name: string;
  readonly text: string;
  readonly abortsNode: boolean;
}

const nested = (open: string, close: string, depth: number, inner = "1") =>
  open.repeat(depth) + inner + close.repeat(depth);

/** `a:` keys, each indented one more space: block nesting with no flow brackets or compact indicators. */
const indentedMaps = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n") + " 1\n";

/** Ten anchored lists, each ten aliases of the one before: 10^9 strings once expanded. */
const billionLaughs = () => {
  const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    lines.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(",")}]`);
  return lines.join("\n") + "\n";
};

export const HOSTILE_YAML: readonly HostileYaml[] = [
  { name: "unresolved alias", text: "lifecycle: *nowhere\n", abortsNode: false },
  { name: "billion laughs", text: billionLaughs(), abortsNode: false },
  {
    name: "too many aliases",
    text: "a: &a x\nb: [" + Array.from({ length: 200 }, () => "*a").join(", ") + "]\n",
    abortsNode: false,
  },
  { name: "1,000-deep flow sequence", text: nested("[", "]", 1000), abortsNode: true },
  { name: "1,000-deep flow map", text: nested("{a: ", "}", 1000), abortsNode: true },
  { name: "1,000 compact sequence indicators", text: "- ".repeat(1000) + "x\n", abortsNode: true },
  { name: "300 indented maps", text: indentedMaps(300), abortsNode: true },
  { name: "10 MiB file", text: "a: " + "x".repeat(10 * 1024 * 1024) + "\n", abortsNode: false },
  {
    name: "5,000 keys, the last one repeated",
    text:
      Array.from({ length: 5000 }, (_, i) => `key${String(i).padStart(5, "0")}: ${i}`).join("\n") +
      "\nkey00000: again\n",
    abortsNode: false,
  },
  { name: "two documents", text: "a: 1\n---\nb: 2\n", abortsNode: false },
  { name: "control characters", text: "a: \u0000\u0001\u0002\nb: [\u0018\n", abortsNode: false },
];
