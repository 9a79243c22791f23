import {
  buildClientSchema,
  GraphQLObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type IntrospectionQuery,
} from "graphql";
import type { ViolationKind } from "./http-error.ts";

/**
 * An error GitHub's GraphQL API reports in `errors[]` with a top-level `type` (`STALE_DATA`, `NOT_FOUND`, ...).
 * `violation` marks errors only a wrong client causes.
 */
export class GraphqlTypedError extends Error {
  override name = "GraphqlTypedError";
  constructor(
    readonly type: string,
    message: string,
    readonly violation?: ViolationKind,
  ) {
    super(message);
  }
}

let cached: Promise<GraphQLSchema> | undefined;

/**
 * GitHub's public schema from @octokit/graphql-schema, built once per process (~100 ms). Every field gets the
 * same resolver: read the property (calling it if it is a function) from the source object, and fail with a
 * "not modelled" error if the source has no such property, so an unimplemented field is never a silent null.
 */
export function loadGraphqlSchema(): Promise<GraphQLSchema> {
  cached ??= (async () => {
    const { schema: pkg } = await import("@octokit/graphql-schema");
    const schema = buildClientSchema(pkg.json as unknown as IntrospectionQuery);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) field.resolve = modelledField;
    }
    return schema;
  })();
  return cached;
}

const modelledField: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = (
  source,
  args,
  context,
  info,
) => {
  if (source && typeof source === "object" && info.fieldName in source) {
    const value = (source as Record<string, unknown>)[info.fieldName];
    return typeof value === "function"
      ? (value as (a: unknown, c: unknown) => unknown).call(source, args, context)
      : value;
  }
  throw new GraphqlTypedError(
    "NOT_MODELLED",
    `ferry's GitHub stand-in does not model ${info.parentType.name}.${info.fieldName}`,
    "unmodelled-endpoint",
  );
};
