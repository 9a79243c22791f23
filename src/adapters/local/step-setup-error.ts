/** A step that cannot even start: a missing secret, a path outside the checkout. Becomes a failed result. */
export class StepSetupError extends Error {
  override readonly name = "StepSetupError";
}
