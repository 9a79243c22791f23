import { CliFailure, EXIT, type CliIo } from "../cli-io.ts";
import { runSimulation } from "../simulate/run-simulation.ts";
import { planSimulation, type SimulationSettings } from "../simulate/simulation-plan.ts";
import { simulationJson, simulationText } from "../simulate/simulation-report.ts";

/** The simulation's settings, and how to print and keep it. */
export interface FleetSimulateOptions extends SimulationSettings {
  readonly json?: boolean;
  readonly keep?: boolean;
}

/**
 * What `ferry fleet simulate` runs. Exit 0 when the fleet behaved as the lifecycle says, 1 when
 * it did not (each difference printed), 2 when the settings cannot produce a rollback.
 */
export async function fleetSimulateHandler(io: CliIo, options: FleetSimulateOptions): Promise<void> {
  if (options.failRate + options.degradedRate > 1)
    throw new CliFailure("--fail-rate and --degraded-rate add up to more than 1", EXIT.usage);
  const { json, keep, ...settings } = options;
  const planned = planSimulation(settings);
  if (!planned.ok) throw new CliFailure(planned.reason, EXIT.usage);
  const { plan } = planned;
  const result = await runSimulation(plan, {
    ...(keep ? { keep: true } : {}),
    ...(json ? {} : { progress: (line: string) => io.out(`  ${line}`) }),
  });
  io.out(json ? JSON.stringify(simulationJson(plan, result), null, 2) : simulationText(plan, result));
  if (result.problems.length > 0) throw new CliFailure("the fleet did not behave as the lifecycle says");
}
