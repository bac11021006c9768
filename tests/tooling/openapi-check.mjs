// Checks the test server against GitHub's OpenAPI description (@octokit/openapi).
// Input (file named by argv[2]): {"routes":[{"method","template"}], "responses":[{"method","template","status","body"}]}
//        optionally "selfCheck": {"routes", "responses"} checked the same way (to prove the check can fail).
// Output (stdout): {"missingRoutes":["GET /x"], "mismatches":[{"route","status","errors":[...]}], "selfCheck": {...}}
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const spec = require("@octokit/openapi/generated/api.github.com.json");
const input = JSON.parse(readFileSync(process.argv[2], "utf8"));

// OpenAPI 3.0 "nullable" is not JSON Schema: turn it into a type union or an anyOf with null, and point refs at one registered document.
function rewrite(node) {
  if (Array.isArray(node)) return node.map(rewrite);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/")) out.$ref = "openapi" + value;
    else if (key !== "nullable") out[key] = rewrite(value);
  }
  if (node.nullable === true) {
    if (typeof out.type === "string" && !out.$ref && !out.anyOf && !out.allOf && !out.oneOf) {
      out.type = [out.type, "null"];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: "null" }] };
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
addFormats(ajv);
ajv.addSchema({ $id: "openapi", components: rewrite(spec.components) });

function check({ routes = [], responses = [] }) {
  const missingRoutes = [];
  for (const route of routes) {
    const operation = spec.paths[route.template]?.[route.method.toLowerCase()];
    if (!operation) missingRoutes.push(`${route.method} ${route.template}`);
  }

  const mismatches = [];
  for (const response of responses) {
    const route = `${response.method} ${response.template}`;
    const operation = spec.paths[response.template]?.[response.method.toLowerCase()];
    if (!operation) {
      mismatches.push({ route, status: response.status, errors: ["no such operation in GitHub's OpenAPI description"] });
      continue;
    }
    let declared = operation.responses[String(response.status)];
    if (declared?.$ref) declared = declared.$ref.split("/").slice(1).reduce((n, k) => n[k], spec);
    if (!declared) {
      mismatches.push({ route, status: response.status, errors: [`status ${response.status} is not a documented response (${Object.keys(operation.responses).join(", ")})`] });
      continue;
    }
    const schema = declared.content?.["application/json"]?.schema;
    if (!schema) {
      if (response.body !== null && response.body !== undefined && response.body !== "")
        mismatches.push({ route, status: response.status, errors: ["documented without a body, but the server sent one"] });
      continue;
    }
    const validate = ajv.compile(rewrite(schema));
    if (!validate(response.body)) {
      mismatches.push({ route, status: response.status, errors: validate.errors.map(e => `${e.instancePath || "/"} ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`) });
    }
  }
  return { missingRoutes, mismatches };
}

const result = check(input);
if (input.selfCheck) result.selfCheck = check(input.selfCheck);
process.stdout.write(JSON.stringify(result));
