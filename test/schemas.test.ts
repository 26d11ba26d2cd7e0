/**
 * Editor support: the JSON Schemas an editor's YAML extension loads must compile in ajv's strict mode (a schema
 * an editor would reject cannot ship), every example names its schema in a `yaml-language-server` comment, and
 * every example is valid against the schema it names. `init` writes the same comment.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormatsImport from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "./helpers/run-cli.js";
import { tempProject } from "./helpers/temp-project.js";

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

const root = fileURLToPath(new URL("..", import.meta.url));
const schemaDir = join(root, "schema");
const schemaFiles = readdirSync(schemaDir)
  .filter((name) => name.endsWith(".schema.json"))
  .sort();

const examples = [
  { file: "partnership.yaml", schema: "partnership.schema.json" },
  ...readdirSync(join(root, "orgs"))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ file: `orgs/${name}`, schema: "setting.schema.json" })),
];

function strictAjv(): Ajv {
  return addFormats(new Ajv({ strict: true, allErrors: true }));
}

/** The schema path a file names in its first `# yaml-language-server: $schema=…` line. */
function namedSchema(text: string): string | undefined {
  return /^# yaml-language-server: \$schema=(\S+)\s*$/m.exec(text)?.[1];
}

describe("JSON Schemas", () => {
  it("there are schemas to check", () => {
    expect(schemaFiles).toEqual(["partnership.schema.json", "setting.schema.json"]);
  });

  it.each(schemaFiles)("%s compiles in ajv's strict mode", (name) => {
    const schema = JSON.parse(readFileSync(join(schemaDir, name), "utf8"));
    expect(() => strictAjv().compile(schema)).not.toThrow();
  });
});

describe("examples", () => {
  it("there are examples to check", () => {
    expect(examples.length).toBeGreaterThan(1);
  });

  it.each(examples)("$file names $schema and is valid against it", ({ file, schema }) => {
    const text = readFileSync(join(root, file), "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=/);
    const named = namedSchema(text);
    expect(named, `${file} names no schema`).toBeDefined();
    expect(resolve(dirname(join(root, file)), named as string)).toBe(join(schemaDir, schema));

    const validate = strictAjv().compile(JSON.parse(readFileSync(join(schemaDir, schema), "utf8")));
    const valid = validate(parse(text));
    expect(validate.errors ?? [], `${file} against ${schema}`).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe("init", () => {
  it("writes a setting file that names the setting schema, found from where the file is", async () => {
    const dir = tempProject();
    const result = await runCli(["init", "oak-tree-primary", "--type", "school", "--area", "riverbend"], dir);
    expect(result.code).toBe(0);
    const file = join(dir, "orgs", "oak-tree-primary.yaml");
    const text = readFileSync(file, "utf8");
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=/);
    const named = namedSchema(text);
    expect(named).toBeDefined();
    expect(resolve(dirname(file), named as string)).toBe(join(schemaDir, "setting.schema.json"));
  });
});
