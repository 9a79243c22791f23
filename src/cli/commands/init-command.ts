import { Command } from "commander";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { helpExamples } from "../help-examples.ts";
import { INSTALLED_SCHEMAS, initTemplates } from "../init-templates.ts";

/** `ferry init`: an example manifest, the stage workflow and app settings; never overwrites a file. */
export function initCommand(io: CliIo, repo: () => string): Command {
  const command = new Command("init")
    .description("write .ferry/ with an example manifest, .github/workflows/ferry-stage.yml and .github/ferry.yml")
    .action(() => {
      const root = repo();
      const templates = initTemplates();
      const existing = Object.keys(templates).filter((path) => existsSync(join(root, path)));
      if (existing.length > 0)
        throw new CliFailure(`refusing to overwrite ${existing.join(", ")}; move them aside or edit them by hand`);
      for (const [path, text] of Object.entries(templates)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
        io.out(`wrote ${path}`);
      }
      // The $schema lines point into node_modules/ferry: without it there, editors find no schema.
      if (!existsSync(join(root, INSTALLED_SCHEMAS)))
        io.out(
          `editors: the $schema lines load ${INSTALLED_SCHEMAS}/; \`npm install -D github:ferry/ferry\` puts it there`,
        );
      io.out("next: commit these files, then run `ferry sync`");
    });
  return helpExamples(command, [
    ["start using ferry in this repository", "ferry init && git add .ferry .github && git commit -m 'Add ferry'"],
    ["in another repository", "ferry --repo ../shop init"],
  ]);
}
