import type { Command } from "commander";

export const COMPLETION_SHELLS = ["bash", "zsh", "fish"] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

interface Entry {
  readonly name: string;
  readonly description: string;
  readonly options: readonly { readonly flag: string; readonly description: string }[];
  /** Whether its first argument is a deployment name, completed from `.ferry/deployments/`. */
  readonly deployment: boolean;
}

/**
 * A completion script for `ferry`, generated from the command tree, so it offers exactly the
 * commands and options this version has. Deployment names come from `.ferry/deployments/` of the
 * current directory when the shell completes.
 */
export function completionScript(program: Command, shell: CompletionShell): string {
  const entries: Entry[] = program.commands.map((c) => ({
    name: c.name(),
    description: c.description().split("\n")[0] ?? "",
    options: c.options.flatMap((o) => (o.long ? [{ flag: o.long, description: o.description }] : [])),
    deployment: c.registeredArguments[0]?.name() === "deployment",
  }));
  const global = program.options.flatMap((o) => (o.long ? [o.long] : []));
  if (shell === "fish") return fish(entries, global);
  const script = bash(entries, global);
  // zsh runs the bash function through its bash-completion layer.
  return shell === "zsh" ? `#compdef ferry\nautoload -U +X bashcompinit && bashcompinit\n${script}` : script;
}

const DEPLOYMENTS_SH = `ls .ferry/deployments 2>/dev/null | sed -n 's/\\.ya\\{0,1\\}ml$//p'`;

function bash(entries: readonly Entry[], global: readonly string[]): string {
  const cases = entries
    .map((e) => {
      const words = [...e.options.map((o) => o.flag), "--help"].join(" ");
      const deployments = e.deployment ? ` $(${DEPLOYMENTS_SH})` : "";
      return `    ${e.name}) COMPREPLY=($(compgen -W "${words}${deployments}" -- "$cur")) ;;`;
    })
    .join("\n");
  return `# ferry completion for bash: eval "$(ferry completion bash)" (or save it in your bash-completion folder)
_ferry() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --repo) ((i++)) ;;
      -*) ;;
      *) command="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  if [ -z "$command" ]; then
    COMPREPLY=($(compgen -W "${entries.map((e) => e.name).join(" ")} ${global.join(" ")} --help" -- "$cur"))
    return
  fi
  case "$command" in
${cases}
  esac
}
complete -F _ferry ferry
`;
}

function fish(entries: readonly Entry[], global: readonly string[]): string {
  const quote = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  const lines = [
    "# ferry completion for fish: ferry completion fish > ~/.config/fish/completions/ferry.fish",
    "complete -c ferry -f",
    ...global.map((flag) => `complete -c ferry -n __fish_use_subcommand -l ${flag.slice(2)}`),
  ];
  for (const e of entries) {
    lines.push(`complete -c ferry -n __fish_use_subcommand -a ${e.name} -d ${quote(e.description)}`);
    for (const o of e.options)
      lines.push(
        `complete -c ferry -n '__fish_seen_subcommand_from ${e.name}' -l ${o.flag.slice(2)} -d ${quote(o.description)}`,
      );
    if (e.deployment)
      lines.push(`complete -c ferry -n '__fish_seen_subcommand_from ${e.name}' -a '(${DEPLOYMENTS_SH})'`);
  }
  return `${lines.join("\n")}\n`;
}
