/** The Node shell of the schema validator: schema/*.schema.json as shipped in the package. */
import { readFileSync } from "node:fs";
import { packagePath } from "../paths.js";
import { provideSchemas, type Schemas } from "./schemas.js";

let schemas: Schemas | undefined;

/** The package's JSON Schemas, read once. */
export function nodeSchemas(): Schemas {
  schemas ??= {
    setting: JSON.parse(readFileSync(packagePath("schema", "setting.schema.json"), "utf8")),
    partnership: JSON.parse(readFileSync(packagePath("schema", "partnership.schema.json"), "utf8")),
  };
  return schemas;
}

export function useNodeSchemas(): void {
  provideSchemas(nodeSchemas());
}
