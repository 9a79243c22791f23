import { Ajv2020, type Options } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/**
 * The options every schema is compiled with. Strict mode catches schema typos; `strictRequired`
 * is off because the schemas discriminate with `if: { required: [...] }`, which names properties
 * that the `if` itself does not define; `verbose` gives each error its schema, whose `title` and
 * `examples` make pattern errors readable.
 */
export const AJV_OPTIONS: Readonly<Options> = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  verbose: true,
};

/**
 * A fresh ajv with {@link AJV_OPTIONS} and the standard formats (`date-time`, `uri`). ferry does not
 * compile schemas when it runs: scripts/build-schemas.ts compiles them with this ajv into
 * `compiled-schemas.js`, and the tests check them with it.
 */
export function createAjv(extra: Readonly<Options> = {}): Ajv2020 {
  const instance = new Ajv2020({ ...AJV_OPTIONS, ...extra });
  (addFormats as unknown as (a: Ajv2020) => Ajv2020)(instance);
  return instance;
}
