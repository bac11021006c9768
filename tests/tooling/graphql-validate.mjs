// Validates GraphQL documents against GitHub's public schema (@octokit/graphql-schema).
// Input (file named by argv[2]): ["query { ... }", ...]
// Output (stdout): [["error message", ...], ...], one list per document, in order.
import { readFileSync } from "node:fs";
import { buildClientSchema, parse, validate } from "graphql";

// The package exports only its ESM index, so read the introspection file by path.
const introspection = JSON.parse(readFileSync(new URL("./node_modules/@octokit/graphql-schema/schema.json", import.meta.url), "utf8"));
const schema = buildClientSchema(introspection);
const documents = JSON.parse(readFileSync(process.argv[2], "utf8"));

const results = documents.map(text => {
  try {
    return validate(schema, parse(text)).map(e => e.message);
  } catch (error) {
    return [error.message];
  }
});

process.stdout.write(JSON.stringify(results));
