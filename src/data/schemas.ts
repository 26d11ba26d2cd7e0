/**
 * JSON Schema validation with ajv; every error becomes a Problem with a position and plain words.
 * The schemas (schema/*.schema.json, one source of truth) are handed in by the shell: in Node by useNodeSchemas
 * (schemas-node.ts, which loadProject calls), in the self-service page from the page's data.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsImport from "ajv-formats";
import type { Problem } from "../errors.js";
import { formatPath, locateInYaml, type YamlSource } from "./yaml-source.js";

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

export type SchemaName = "setting" | "partnership";

/** The JSON Schemas by name, as parsed JSON. */
export type Schemas = Record<SchemaName, object>;

let schemas: Schemas | undefined;
let schemasText: string | undefined;

/**
 * Gives the validator its schemas. Given again, the same schemas (a copy, say, through JSON) change nothing;
 * other schemas replace them and what was compiled is forgotten.
 */
export function provideSchemas(given: Schemas): void {
  if (schemas === given) return;
  const text = JSON.stringify(given);
  schemas = given;
  if (text === schemasText) return;
  schemasText = text;
  compiled.clear();
  ajv = undefined; // ajv keeps every schema by its $id
}

/** The schemas given to provideSchemas, or an Error saying none were. */
export function providedSchemas(): Schemas {
  if (!schemas)
    throw new Error(
      "the JSON Schemas were not provided — call provideSchemas({ setting, partnership }) from src/data/schemas.ts first (in Node, loadProject does it)",
    );
  return schemas;
}

function validator(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    ajv ??= addFormats(new Ajv({ allErrors: true, strict: false, verbose: true }));
    const schema = providedSchemas()[name];
    fn = ajv.compile(schema);
    compiled.set(name, fn);
  }
  return fn;
}

/** Validates a parsed YAML file against a schema; returns every problem, not just the first. */
export function validateAgainstSchema(name: SchemaName, source: YamlSource): Problem[] {
  const validate = validator(name);
  if (validate(source.value)) return [];
  const errors = dedupe(validate.errors ?? []);
  return errors.map((error) => {
    const path = pointerToPath(error.instancePath);
    const extraKey =
      error.keyword === "additionalProperties"
        ? (error.params as { additionalProperty: string }).additionalProperty
        : undefined;
    const place = locateInYaml(source, extraKey !== undefined ? [...path, extraKey] : path, {
      key: extraKey !== undefined,
    });
    return {
      file: source.file,
      line: place?.line,
      column: place?.column,
      path: formatPath(extraKey !== undefined ? [...path, extraKey] : path) || undefined,
      message: describe(error, valueAt(source.value, path)),
    };
  });
}

function pointerToPath(pointer: string): Array<string | number> {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(value: unknown, path: Array<string | number>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A bad date fails both `pattern` and `format`; an enum failure inside anyOf repeats. Say each thing once. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === "if" || error.keyword === "anyOf") continue;
    const key = `${error.instancePath}|${error.keyword === "format" || error.keyword === "pattern" ? "shape" : error.keyword}|${JSON.stringify(error.params)}`;
    const shapeKey = `${error.instancePath}|shape`;
    if (seen.has(key) || ((error.keyword === "format" || error.keyword === "pattern") && seen.has(shapeKey)))
      continue;
    seen.add(key);
    if (error.keyword === "format" || error.keyword === "pattern") seen.add(shapeKey);
    out.push(error);
  }
  return out;
}

function quote(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value);
}

function describe(error: ErrorObject, value: unknown): string {
  const schema = error.parentSchema as
    | { description?: string; pattern?: string; format?: string }
    | undefined;
  switch (error.keyword) {
    case "required":
      return `"${(error.params as { missingProperty: string }).missingProperty}" is missing — add it${error.instancePath === "" ? " at the top of the file" : " here"}`;
    case "additionalProperties": {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      return `"${key}" is not a field policysmith knows — check its spelling, or remove it`;
    }
    case "type": {
      const expected = (error.params as { type: string }).type;
      if (expected === "string" && typeof value === "number")
        return `${quote(value)} was read as a number — put it in quotes, e.g. "${value}"`;
      if (expected === "string" && value instanceof Date)
        return `put the date in quotes or write it as YYYY-MM-DD`;
      const wanted =
        expected === "array"
          ? "a list (lines starting with -)"
          : expected === "object"
            ? "a set of fields (name: value, one per line, indented under it)"
            : `${article(expected)} ${expected}`;
      if (value === null || value === undefined) return `this is empty — it needs ${wanted}`;
      return `${quote(value)} should be ${wanted}`;
    }
    case "enum": {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return `${quote(value)} is not allowed — use one of: ${allowed.join(", ")}`;
    }
    case "format":
    case "pattern": {
      const format = (error.params as { format?: string }).format ?? schema?.format;
      if (format === "date" || schema?.pattern?.includes("\\d{4}-\\d{2}-\\d{2}"))
        return `${quote(value)} is not a date — write it as YYYY-MM-DD, e.g. 2024-10-15`;
      if (format === "email")
        return `${quote(value)} is not an email address — write it like name@example.org`;
      if (format === "uri")
        return typeof value === "string" &&
          /^\s*[a-z][a-z0-9+.-]*:/i.test(value) &&
          !/^\s*https?:/i.test(value)
          ? `${quote(value)} is not a web address — only addresses starting https:// or http:// may be used here, e.g. https://www.example.org`
          : `${quote(value)} is not a web address — write it in full, starting https://`;
      if (schema?.description?.includes("phone"))
        return `${quote(value)} is not a phone number — write it like 0113 496 0100`;
      if (schema?.description?.includes("lower-case"))
        return `${quote(value)} is not a valid id — use lower-case letters, digits and hyphens only, e.g. acorns-nursery`;
      return `${quote(value)} is not in the expected form${schema?.description ? `: ${schema.description}` : ""}`;
    }
    case "minLength":
      return "this is empty — fill it in";
    case "minItems":
      return "this list is empty — add at least one entry";
    default:
      return `${error.message ?? "is not valid"}`;
  }
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
