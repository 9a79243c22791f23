import type { DeploymentCatalog, DeploymentSpec } from "../../ports/deployment-catalog.ts";

/** A catalog from a fixed list of specs. */
export class MemoryCatalog implements DeploymentCatalog {
  private readonly specs: Map<string, DeploymentSpec>;

  constructor(specs: readonly DeploymentSpec[]) {
    this.specs = new Map(specs.map((s) => [s.name, s]));
  }

  async get(deployment: string): Promise<DeploymentSpec | undefined> {
    return this.specs.get(deployment);
  }

  async promotedFrom(source: string): Promise<readonly string[]> {
    return [...this.specs.values()]
      .filter((s) => s.promotion?.from === source)
      .map((s) => s.name)
      .sort();
  }

  set(spec: DeploymentSpec): void {
    this.specs.set(spec.name, spec);
  }
}
