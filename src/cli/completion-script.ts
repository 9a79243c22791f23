import type { Command } from "commander";

export const COMPLETION_SHELLS = ["bash", "zsh", "fish"] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

/** One command as a shell completes it: `status`, or a group's subcommand such as `lifecycle show`. */
interface Entry {
  /** The words that name it: `["status"]`, `["lifecycle", "show"]`. */
  readonly path: readonly string[];
  readonly description: string;
  readonly options: readonly { readonly flag: string; readonly description: string }[];
  /** Its subcommands' names, for a group (`lifecycle`, `fleet`); empty otherwise. */
  readonly subcommands: readonly string[];
  /** The values its first argument takes (`completion`'s shells), when the command declares them. */
  readonly choices: readonly string[];
  /** Whether its first argument is a deployment name, completed from `.ferry/deployments/`. */
  readonly deployment: boolean;
}

function entriesOf(command: Command, parent: readonly string[]): Entry[] {
  return command.commands
    .filter((c) => c.name() !== "help")
    .flatMap((c) => {
      const path = [...parent, c.name()];
      const subcommands = c.commands.filter((s) => s.name() !== "help");
      const entry: Entry = {
        path,
        description: c.description().split("\n")[0] ?? "",
        options: c.options.flatMap((o) => (o.long ? [{ flag: o.long, description: o.description }] : [])),
        subcommands: subcommands.map((s) => s.name()),
        choices: c.registeredArguments[0]?.argChoices ?? [],
        deployment: c.registeredArguments[0]?.name() === "deployment",
      };
      return [entry, ...entriesOf(c, path)];
    });
}

/**
 * A completion script for `ferry`, generated from the command tree, so it offers exactly the
 * commands, subcommands and options this version has. Deployment names come from
 * `.ferry/deployments/` of the current directory when the shell completes.
 */
export function completionScript(program: Command, shell: CompletionShell): string {
  const entries = entriesOf(program, []);
  const global = program.options.flatMap((o) => (o.long ? [o.long] : []));
  if (shell === "fish") return fish(entries, global);
  const script = bash(entries, global);
  return shell === "zsh" ? zsh(script) : script;
}

/**
 * zsh runs the bash function through its bash-completion layer. Saved on `$fpath` as `_ferry`, the
 * file is the body of the function compinit autoloads at the first Tab: it then defines the bash
 * function and registers it, and completes that first Tab too instead of answering with a bell.
 */
function zsh(bashScript: string): string {
  return `#compdef ferry
autoload -U +X bashcompinit && bashcompinit
${bashScript}if [[ \${funcstack[1]-} == _ferry ]]; then
  _bash_complete -F _ferry
fi
`;
}

const DEPLOYMENTS_SH = `ls .ferry/deployments 2>/dev/null | sed -n 's/\\.ya\\{0,1\\}ml$//p'`;

/** The words a command offers after its name: subcommands, argument values, options, deployments. */
function bashWords(e: Entry): string {
  const words = [...e.subcommands, ...e.choices, ...e.options.map((o) => o.flag), "--help"].join(" ");
  return `${words}${e.deployment ? ` $(${DEPLOYMENTS_SH})` : ""}`;
}

function bash(entries: readonly Entry[], global: readonly string[]): string {
  const top = entries.filter((e) => e.path.length === 1);
  const groups = top.filter((e) => e.subcommands.length > 0).map((e) => e.path[0]);
  // A group's own case is "<group> " (no subcommand yet); its subcommands' are "<group> <sub>".
  const cases = entries
    .map((e) => {
      const key = e.subcommands.length > 0 ? `${e.path.join(" ")} ` : e.path.join(" ");
      return `    "${key}") COMPREPLY=($(compgen -W "${bashWords(e)}" -- "$cur")) ;;`;
    })
    .join("\n");
  return `# ferry completion for bash: eval "$(ferry completion bash)" (or save it in your bash-completion folder)
_ferry() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" command="" sub="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --repo) ((i++)) ;;
      -*) ;;
      *) if [ -z "$command" ]; then command="\${COMP_WORDS[i]}"; elif [ -z "$sub" ]; then sub="\${COMP_WORDS[i]}"; fi ;;
    esac
  done
  if [ -z "$command" ]; then
    COMPREPLY=($(compgen -W "${top.map((e) => e.path[0]).join(" ")} ${global.join(" ")} --help" -- "$cur"))
    return
  fi
  case "$command" in
    ${groups.length > 0 ? groups.join("|") : "''"}) command="$command $sub" ;;
  esac
  case "$command" in
${cases}
  esac
}
complete -F _ferry ferry
`;
}

/**
 * fish helpers: the words typed so far that are not options (`--repo`'s value skipped), and tests
 * on them, so `ferry fleet status` is never taken for `ferry status`.
 */
const FISH_HELPERS = `function __ferry_words
    set -l skip 0
    for word in (commandline -opc)[2..-1]
        if test $skip = 1
            set skip 0
        else if test "$word" = --repo
            set skip 1
        else if not string match -q -- '-*' $word
            echo $word
        end
    end
end
# True when the words typed so far start with the arguments.
function __ferry_is
    set -l words (__ferry_words)
    test (count $words) -ge (count $argv); or return 1
    for i in (seq (count $argv))
        test "$words[$i]" = "$argv[$i]"; or return 1
    end
end
# True when exactly this many words are typed so far.
function __ferry_count
    test (count (__ferry_words)) -eq $argv[1]
end`;

function fish(entries: readonly Entry[], global: readonly string[]): string {
  const quote = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  const lines = [
    "# ferry completion for fish: ferry completion fish > ~/.config/fish/completions/ferry.fish",
    FISH_HELPERS,
    "complete -c ferry -f",
    ...global.map((flag) => `complete -c ferry -n '__ferry_count 0' -l ${flag.slice(2)}`),
  ];
  for (const e of entries) {
    const parent = e.path.slice(0, -1);
    const offered = parent.length === 0 ? "__ferry_count 0" : `__ferry_is ${parent.join(" ")}; and __ferry_count 1`;
    const name = e.path.at(-1) ?? "";
    lines.push(`complete -c ferry -n ${quote(offered)} -a ${name} -d ${quote(e.description)}`);
    const here = quote(`__ferry_is ${e.path.join(" ")}`);
    for (const o of e.options)
      lines.push(`complete -c ferry -n ${here} -l ${o.flag.slice(2)} -d ${quote(o.description)}`);
    if (e.choices.length > 0) lines.push(`complete -c ferry -n ${here} -a ${quote(e.choices.join(" "))}`);
    if (e.deployment) lines.push(`complete -c ferry -n ${here} -a ${quote(`(${DEPLOYMENTS_SH})`)}`);
  }
  return `${lines.join("\n")}\n`;
}
