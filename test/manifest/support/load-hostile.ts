/**
 * Loads hostile texts with every YAML loader, each twice (one deep parse used to leave Node
 * unable to survive the next), and prints one JSON line per load. Run as a child process by
 * test/manifest/hostile-input.test.ts for the texts that could abort Node.
 */
import { HOSTILE_YAML } from "./hostile-yaml.ts";
import { YAML_LOADERS } from "./yaml-loaders.ts";

const names = new Set(process.argv.slice(2));
for (const hostile of HOSTILE_YAML.filter((h) => names.has(h.name))) {
  for (const [loader, load] of Object.entries(YAML_LOADERS)) {
    for (let round = 0; round < 2; round++) {
      const errors = load(hostile.text);
      process.stdout.write(JSON.stringify({ name: hostile.name, loader, round, errors }) + "\n");
    }
  }
}
