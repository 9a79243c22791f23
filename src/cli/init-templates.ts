import { STAGE_RUN_NAME } from "../adapters/github/stage-run-name.ts";

/**
 * The runner workflow ferry dispatches for each stage, as `ferry init` writes it and the README
 * shows it (a test keeps the two the same and runs actionlint on it). The job runs in the
 * manifest's environment, on its `runs-on`, and hands the action the secrets context, from which
 * the stage takes only the secrets its manifest names.
 */
export const STAGE_WORKFLOW_TEMPLATE = `# Runs one ferry stage as a GitHub Actions job. The ferry app dispatches it; do not rename it.
name: ferry stage
# The run's title names the stage attempt: ferry finds the run by it, so keep it as it is.
run-name: "${STAGE_RUN_NAME}"
on:
  workflow_dispatch:
    inputs:
      deployment: { description: "Deployment (.ferry/deployments/<name>.yml)", required: true, type: string }
      stage: { description: "Stage to run", required: true, type: string }
      version: { description: "Commit sha to check out", required: true, type: string }
      run_id: { description: "ferry run id", required: true, type: string }
      attempt: { description: "Attempt number", required: true, type: string }
      environment: { description: "GitHub environment of the job (empty: none)", required: false, type: string }
      runs_on: { description: "runs-on of the job, as JSON", required: false, type: string, default: '"ubuntu-latest"' }
permissions:
  contents: read
# No workflow-level concurrency group: GitHub would cancel a pending run of the same stage, which
# ferry would see as a failed stage. ferry already serialises runs per deployment.
jobs:
  stage:
    # The manifest's environment: its secrets, required reviewers and wait timer apply to this job.
    environment: \${{ inputs.environment }}
    # The manifest's (or the stage's) runs-on: a label, or a list of labels for self-hosted runners.
    runs-on: \${{ fromJSON(inputs.runs_on) }}
    steps:
      - uses: actions/checkout@v7
        with:
          ref: \${{ inputs.version }}
      # Point this at wherever you host ferry's action.
      - uses: ferry/ferry@v0
        with:
          command: stage
          deployment: \${{ inputs.deployment }}
          stage: \${{ inputs.stage }}
          version: \${{ inputs.version }}
          run-id: \${{ inputs.run_id }}
          attempt: \${{ inputs.attempt }}
          # The stage takes only the secrets its manifest names, and masks them.
          secrets: \${{ toJSON(secrets) }}
`;

/** Where ferry's schemas are for an editor in a repository that has ferry installed (`npm install -D`). */
export const INSTALLED_SCHEMAS = "node_modules/ferry/schemas";

/**
 * An editor's `$schema` line (yaml-language-server's modeline, which the YAML extensions of VS Code,
 * JetBrains IDEs and Neovim read) for a file at `path` in the repository. The path is relative to the
 * file, into the installed package: it loads offline and matches the ferry that validates the file,
 * where a URL would need ferry's home to be published and could name another version.
 */
function schemaLine(path: string, schema: string): string {
  const up = "../".repeat(path.split("/").length - 1);
  return `# yaml-language-server: $schema=${up}${INSTALLED_SCHEMAS}/${schema}.schema.json`;
}

/** The files `ferry init` writes, by path. Each is a working starting point, not a stub. */
export function initTemplates(): Record<string, string> {
  return {
    ".ferry/deployments/web.yml": `${schemaLine(".ferry/deployments/web.yml", "manifest")}
# A deployment ferry runs with the \`standard\` lifecycle: validate → fetch → prepare → install →
# activate → health-check → running, with automatic rollback. Replace the commands with yours.
lifecycle: standard
description: An example web deployment.
# The GitHub environment of the stage jobs: its secrets, required reviewers and wait timer apply.
environment: production
# Where the stage jobs run: a runner label, or a list such as [self-hosted, linux]; a stage may set its own.
runs-on: ubuntu-latest
triggers:
  branches: [main]
  paths: ["src/**", ".ferry/deployments/web.yml"]
stages:
  install:
    timeout: 10m
    # A secret of the production environment, named here and passed to the step as a variable:
    # env:
    #   DEPLOY_TOKEN: { secret: DEPLOY_TOKEN }
    steps:
      - name: install
        run: echo "installing $FERRY_DEPLOYMENT at $FERRY_VERSION"
  health-check:
    timeout: 2m
    retries: 2
    backoff: 10s
    steps:
      - name: health
        run: echo "healthy"
  rollback:
    steps:
      - name: restore the previous version
        run: echo "rolling back $FERRY_DEPLOYMENT to $FERRY_VERSION"
`,
    ".github/workflows/ferry-stage.yml": STAGE_WORKFLOW_TEMPLATE,
    ".github/ferry.yml": `${schemaLine(".github/ferry.yml", "ferry-config")}
# ferry app settings (read with Probot's context.config, so an org's .github repository can share them).
# Who may act through ferry:* labels and check-run buttons.
minimumPermission: write
# Pull requests from forks never deploy unless this is true: their code would run with your secrets.
allowForks: false
`,
  };
}
