import { _, Ajv, type Format } from "ajv";
import addFormatsModule from "ajv-formats";

type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;

/**
 * The one Ajv configuration the stand-in validates with, whether a validator is compiled in this process or was
 * compiled ahead into the spec cache (`source: true`), so both check exactly the same things.
 */
export function standinAjv(options: { source?: boolean } = {}): Ajv {
  const ajv = new Ajv({
    strict: false,
    validateSchema: false,
    allErrors: false,
    logger: false,
    // Generated code refers to the format table by this free variable; the cache loader binds it to standinFormats().
    ...(options.source ? { code: { source: true, formats: _`standinFormats` } } : {}),
  });
  addFormats(ajv);
  // The description uses formats Ajv does not define; GitHub does not enforce them on input either.
  for (const format of [
    "int32",
    "int64",
    "binary",
    "uri-template",
    "repo.nwo",
    "ssh-key",
    "ssh-key fingerprint",
    "hostname",
  ]) {
    ajv.addFormat(format, true);
  }
  // GitHub itself sends "" for unset URLs (deployment status target_url) and bot emails with brackets
  // ("123+app[bot]@users.noreply.github.com"), so its formats are checked as loosely as GitHub fills them.
  ajv.addFormat("uri", (s: string) => s === "" || (!/\s/.test(s) && URL.canParse(s)));
  ajv.addFormat("email", (s: string) => /^[^\s@]+@[^\s@]+$/.test(s));
  return ajv;
}

/** The format table generated validators call into: the same definitions {@link standinAjv} registers. */
export function standinFormats(): Record<string, Format> {
  return standinAjv().formats as Record<string, Format>;
}

/** The key the description is registered under in the stand-in's Ajv instance. */
const ROOT = "gh";

/** Registers the parts of a description that schemas live in, so pointers into it can be compiled. */
export function addDescription(ajv: Ajv, doc: Record<string, unknown>): void {
  ajv.addSchema({ components: doc["components"], paths: doc["paths"], "x-webhooks": doc["x-webhooks"] }, ROOT);
}

/** The Ajv reference of the schema at a JSON pointer into the registered description. */
export function schemaRef(pointer: string): string {
  return `${ROOT}#${pointer
    .split("/")
    .map((t) => encodeURIComponent(t))
    .join("/")}`;
}
