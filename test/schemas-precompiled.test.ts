/**
 * The validators the bundles use are ajv's, compiled at build time (scripts/precompiled-ajv.mjs): for every
 * schema the code compiles, they must give exactly the errors ajv compiling at run time gives — every field of
 * every error (keyword, instancePath, params, message, the schema parts the messages are made from) — on the
 * example data broken in every way we can think of; and a schema the bundle was not built with must fail loudly.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import addFormatsImport from "ajv-formats";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
// @ts-expect-error: a build script, plain JavaScript
import { precompiledAjv, schemasToCompile } from "../scripts/precompiled-ajv.mjs";

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;
const root = fileURLToPath(new URL("..", import.meta.url));

interface ToCompile {
  name: string;
  options: Record<string, unknown>;
  formats: boolean;
  schema: object;
}
type Validate = ((value: unknown) => boolean) & { errors?: unknown[] | null };
interface Precompiled {
  Ajv: new (options: object) => { compile(schema: object): Validate };
  addFormats: (ajv: object) => object;
}

let compiled: ToCompile[];
let precompiled: Precompiled;
// Outside dist/: a file there would be packed by install.test.ts's npm pack, which may run beside this file.
const shimDir = mkdtempSync(join(tmpdir(), "policysmith-ajv-"));
const shim = join(shimDir, "precompiled-ajv.mjs");

beforeAll(async () => {
  compiled = await schemasToCompile(root);
  // The bundles' "ajv", built by the plugin the build scripts use, from a file of our own (as src/ imports it).
  await build({
    stdin: {
      contents: 'export { Ajv } from "ajv"; export { default as addFormats } from "ajv-formats";',
      resolveDir: join(root, "src"),
      sourcefile: join(root, "src", "precompiled-ajv-entry.ts"),
      loader: "ts",
    },
    outfile: shim,
    bundle: true,
    format: "esm",
    platform: "node",
    plugins: [precompiledAjv({ root, everywhere: true })],
    logLevel: "warning",
  });
  precompiled = await import(pathToFileURL(shim).href);
}, 120_000);

afterAll(() => rmSync(shimDir, { recursive: true, force: true }));

/** The value with what is at `path` replaced (or removed, for `undefined`). */
function replaced(value: unknown, path: Array<string | number>, by: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (by === undefined) {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else at[last] = by;
  return copy;
}

/** Every path in a value, parents first. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== "object") return [];
  const out: Array<Array<string | number>> = [];
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path, ...paths(child, path));
  }
  return out;
}

/** Wrong things to write anywhere: each kind of value, empty ones, malformed dates, emails, addresses, ids. */
const BAD_VALUES: unknown[] = [
  undefined,
  null,
  "",
  42,
  true,
  [],
  {},
  "2024-13-45",
  "15/10/2024",
  "not an email",
  "ftp://example.org",
  "www.example.org",
  "Acorns Nursery",
  "x".repeat(300),
  ["a"],
  { unknown_field: 1 },
];

/** The example data broken in every place, in every way above (and with a field that does not exist). */
function brokenCases(): Array<{ schema: string; value: unknown }> {
  const examples = [
    { schema: "partnership.schema.json", file: "partnership.yaml" },
    ...readdirSync(join(root, "orgs"))
      .filter((name) => name.endsWith(".yaml"))
      .sort()
      .map((name) => ({ schema: "setting.schema.json", file: `orgs/${name}` })),
  ];
  const out: Array<{ schema: string; value: unknown }> = [];
  for (const { schema, file } of examples) {
    const value = parse(readFileSync(join(root, file), "utf8"));
    out.push({ schema, value }, { schema, value: { ...value, misspelt_field: "x" } });
    for (const path of paths(value))
      for (const bad of BAD_VALUES) out.push({ schema, value: replaced(value, path, bad) });
  }
  return out;
}

function errorsOf(validate: Validate, value: unknown): unknown[] {
  validate(value);
  return structuredClone(validate.errors ?? []);
}

describe("ajv's validators compiled at build time", () => {
  it("are built for the data schemas and for every rule's options", () => {
    expect(compiled.filter((c) => c.formats).map((c) => c.name)).toEqual([
      "partnership.schema.json",
      "setting.schema.json",
    ]);
    expect(compiled.filter((c) => !c.formats).length).toBeGreaterThanOrEqual(3);
  });

  it("give the errors ajv gives at run time, field for field, on the examples broken every way", () => {
    const cases = brokenCases();
    expect(cases.length).toBeGreaterThan(1000);
    let withErrors = 0;
    for (const name of ["partnership.schema.json", "setting.schema.json"]) {
      const { options, schema } = compiled.find((c) => c.name === name) as ToCompile;
      const runtime = addFormats(new Ajv(options)).compile(schema) as Validate;
      const built = (precompiled.addFormats(new precompiled.Ajv(options)) as InstanceType<Precompiled["Ajv"]>)
        // A copy, as the page's data gives it: the schema is known by its content, not by the object.
        .compile(JSON.parse(JSON.stringify(schema)));
      for (const { value } of cases.filter((c) => c.schema === name)) {
        const expected = errorsOf(runtime, value);
        if (expected.length) withErrors++;
        expect(errorsOf(built, value)).toEqual(expected);
      }
    }
    expect(withErrors).toBeGreaterThan(1000);
  });

  it("give the errors ajv gives at run time for rules' options", () => {
    const badOptions: unknown[] = [
      {},
      { months: "24" },
      { months: -1 },
      { nonsense: true },
      { days: 1.5 },
      [],
    ];
    let withErrors = 0;
    for (const { options, schema } of compiled.filter((c) => !c.formats)) {
      const runtime = new Ajv(options).compile(schema) as Validate;
      const built = new precompiled.Ajv({ ...options }).compile(structuredClone(schema));
      const fields = Object.keys((schema as { properties?: object }).properties ?? {});
      const cases = [
        ...badOptions,
        ...fields.flatMap((field) => BAD_VALUES.filter((v) => v !== undefined).map((v) => ({ [field]: v }))),
      ];
      for (const value of cases) {
        const expected = errorsOf(runtime, value);
        if (expected.length) withErrors++;
        expect(errorsOf(built, value)).toEqual(expected);
      }
    }
    expect(withErrors).toBeGreaterThan(20);
  });

  it("refuse, in plain words, a schema or options the bundle was not built with", () => {
    const { options, schema } = compiled.find((c) => c.name === "setting.schema.json") as ToCompile;
    const edited = { ...schema, required: [] };
    expect(() => new precompiled.Ajv(options).compile(edited)).toThrow(
      /is not one policysmith was built with .* run npm run build/,
    );
    // The same schema without ajv-formats is another validator.
    expect(() => new precompiled.Ajv(options).compile(schema)).toThrow(/not one policysmith was built with/);
  });

  it("let the self-service page's Content-Security-Policy refuse code made at run time", () => {
    const html = readFileSync(join(root, "src", "site", "index.html"), "utf8");
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/unsafe-eval/);
  });
});
