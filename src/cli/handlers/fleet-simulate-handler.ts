import type { FleetAmount } from "../../core/fleet-state.ts";
import { CliFailure, EXIT, type CliIo } from "../cli-io.ts";
import { runSimulation } from "../simulate/run-simulation.ts";
import { planSimulation } from "../simulate/simulation-plan.ts";
import { simulationJson, simulationText } from "../simulate/simulation-report.ts";

export interface FleetSimulateOptions {
  readonly instances: number;
  readonly batchSize: FleetAmount;
  readonly failureThreshold: FleetAmount;
  readonly failRate: number;
  readonly degradedRate: number;
  readonly seed: number;
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
  const planned = planSimulation({
    instances: options.instances,
    batchSize: options.batchSize,
    failureThreshold: options.failureThreshold,
    failRate: options.failRate,
    degradedRate: options.degradedRate,
    seed: options.seed,
  });
  if (!planned.ok) throw new CliFailure(planned.reason, EXIT.usage);
  const { plan } = planned;
  const result = await runSimulation(plan, {
    ...(options.keep ? { keep: true } : {}),
    ...(options.json ? {} : { progress: (line: string) => io.out(`  ${line}`) }),
  });
  io.out(options.json ? JSON.stringify(simulationJson(plan, result), null, 2) : simulationText(plan, result));
  if (result.problems.length > 0) throw new CliFailure("the fleet did not behave as the lifecycle says");
}
