import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from "graphql";

/** A query text that parsed, with what validating it against the schema found (empty when valid). */
interface CheckedDocument {
  doc: DocumentNode;
  schema: GraphQLSchema | undefined;
  invalid: readonly GraphQLError[];
}

/** Clients send the same few documents over and over; more distinct texts than this start evicting the oldest. */
const MAX_DOCUMENTS = 200;

const documents = new Map<string, CheckedDocument>();

/**
 * Parses and validates GraphQL documents once per distinct query text. Both are pure functions of the text (and of
 * the schema, which never changes once built), so a cached answer is exactly the one a fresh parse and validation
 * would give; only the cost differs (validating against GitHub's schema was a third of the stand-in's GraphQL time).
 * Executing never modifies a document, so one parsed document serves every request that sends its text.
 */
export const graphqlDocuments = {
  /** The parsed document, or the syntax error graphql-js throws (not cached: a client bug, not a hot path). */
  parse(query: string): DocumentNode {
    const hit = documents.get(query);
    if (hit) {
      // Most recently used last, so eviction drops the least recently used text.
      documents.delete(query);
      documents.set(query, hit);
      return hit.doc;
    }
    const doc = parse(query);
    if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
    documents.set(query, { doc, schema: undefined, invalid: [] });
    return doc;
  },

  /** What graphql-js's `validate` reports for a document of {@link graphqlDocuments.parse} (or any other). */
  validate(schema: GraphQLSchema, query: string, doc: DocumentNode): readonly GraphQLError[] {
    const entry = documents.get(query);
    if (entry?.doc !== doc) return validate(schema, doc);
    if (entry.schema !== schema) {
      entry.invalid = validate(schema, doc);
      entry.schema = schema;
    }
    return entry.invalid;
  },
};
