import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "./helpers/run-cli.js";
import { FIXTURE_PROJECT, tempProject } from "./helpers/temp-project.js";
import { inCI, runLibreOffice, toolsAvailable } from "./helpers/tools.js";

const ACORNS = readFileSync(new URL("./fixtures/spreadsheets/acorns.yaml", import.meta.url), "utf8");
const AS_OF = "2026-11-24";

afterEach(() => {
  vi.useRealTimers();
});

/** LibreOffice without Calc (only libreoffice-writer-nogui) cannot open a workbook. */
function calcAvailable(): boolean {
  if (!toolsAvailable("workbooks in LibreOffice Calc", "soffice")) return false;
  const program = dirname(
    realpathSync(spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim()),
  );
  if (existsSync(join(program, "libsclo.so")) || existsSync(join(program, "libsclo.dylib"))) return true;
  const message =
    "workbooks in LibreOffice Calc: LibreOffice Calc is not installed — install libreoffice-calc-nogui. These tests are SKIPPED.";
  if (inCI()) throw new Error(`CI is set and ${message.replace(" These tests are SKIPPED.", "")}`);
  console.warn(`\n!!! ${message}\n`);
  return false;
}
const haveCalc = calcAvailable();

interface JsonReport {
  results: Array<{ messages: Array<{ settingId: string | null; severity: number }> }>;
}

async function audit(dir: string, ...extra: string[]) {
  return runCli(["audit", "--as-of", AS_OF, ...extra], dir);
}

function countsFromJson(text: string): Map<string, { errors: number; warnings: number }> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const result of (JSON.parse(text) as JsonReport).results)
    for (const m of result.messages) {
      if (!m.settingId) continue;
      const c = counts.get(m.settingId) ?? { errors: 0, warnings: 0 };
      if (m.severity === 2) c.errors++;
      else c.warnings++;
      counts.set(m.settingId, c);
    }
  return counts;
}

/** Calc's folder for the file, and the one project both Calc tests read: removed after the file. */
const madeForFile: string[] = [];
afterAll(() => {
  for (const dir of madeForFile.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let calc:
  | Promise<{
      dir: string;
      out: string;
      status: number | null;
      stderr: string;
      counts: ReturnType<typeof countsFromJson>;
    }>
  | undefined;
/**
 * Both Calc tests' files in ONE LibreOffice start (each start costs seconds of CPU), by the first test that asks,
 * whichever it is: the audit workbook of a project with acorns (written out by Calc as CSV, all sheets, UTF-8,
 * cells as shown, so dates read 15/09/2026) with the JSON report's counts, and acorns's collected form (opened and
 * saved again by Calc as .xlsx, to out/forms/acorns.xlsx).
 */
function inCalc() {
  calc ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "policysmith-calc-project-"));
    const out = mkdtempSync(join(tmpdir(), "policysmith-calc-"));
    madeForFile.push(dir, out);
    cpSync(FIXTURE_PROJECT, dir, { recursive: true });
    writeFileSync(join(dir, "orgs/acorns.yaml"), ACORNS);
    await audit(dir, "--format", "xlsx", "--output", "audit.xlsx");
    const counts = countsFromJson((await audit(dir, "--format", "json")).stdout);
    const collected = await runCli(["collect", "--org", "acorns"], dir);
    if (collected.code !== 0)
      return {
        dir,
        out,
        counts,
        status: null,
        stderr: `collect exited ${collected.code}: ${collected.stderr}`,
      };
    mkdirSync(join(out, "forms"));
    const lo = await runLibreOffice(
      [
        {
          input: join(dir, "audit.xlsx"),
          steps: [
            {
              write: join(out, "audit.csv"),
              filter: "Text - txt - csv (StarCalc)",
              options: "44,34,76,1,,2057,false,true,true,false,false,-1",
            },
          ],
        },
        {
          input: join(dir, "forms/acorns.xlsx"),
          steps: [{ write: join(out, "forms", "acorns.xlsx"), filter: "Calc MS Excel 2007 XML" }],
        },
      ],
      out,
      120_000,
    );
    return { dir, out, counts, ...lo };
  })();
  return calc;
}

describe("audit --format xlsx", () => {
  it("needs --output (usage error, exit 2)", async () => {
    const dir = tempProject();
    const result = await audit(dir, "--format", "xlsx");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "policysmith: --format xlsx writes a workbook, which needs a file — add --output FILE, e.g. --output audit.xlsx\n",
    );
  });

  it("writes Summary, Findings and Training matrix sheets that agree with the JSON report", async () => {
    const dir = tempProject({ "orgs/acorns.yaml": ACORNS });
    const result = await audit(dir, "--format", "xlsx", "--output", "audit.xlsx");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Audit report written to audit\.xlsx \(\d+ errors, \d+ warnings\)\.\n/);
    const json = await audit(dir, "--format", "json");
    const counts = countsFromJson(json.stdout);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "audit.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Findings", "Training matrix"]);
    expect(wb.created).toEqual(new Date(`${AS_OF}T00:00:00Z`));
    expect(wb.modified).toEqual(new Date(`${AS_OF}T00:00:00Z`));

    const summary = wb.getWorksheet("Summary") as ExcelJS.Worksheet;
    expect(summary.getRow(1).values).toEqual([
      undefined,
      "Setting id",
      "Setting",
      "Type",
      "Area",
      "DSL",
      "Next review",
      "Errors",
      "Warnings",
      "RAG",
    ]);
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(summary.autoFilter).toBeTruthy();
    const rows = [2, 3, 4].map((r) => summary.getRow(r).values as unknown[]);
    expect(rows.map((r) => r[1])).toEqual(["acorns", "little-stars", "oak-primary"]);
    expect(rows[0]).toEqual([
      undefined,
      "acorns",
      "Acorns Day Nursery",
      "nursery",
      "riverbend",
      "Priya Marsh",
      new Date("2026-09-15T00:00:00Z"),
      expect.any(Number),
      expect.any(Number),
      "Red",
    ]);
    for (const row of rows) {
      const c = counts.get(row[1] as string) ?? { errors: 0, warnings: 0 };
      expect([row[1], row[7], row[8]]).toEqual([row[1], c.errors, c.warnings]);
      expect(row[9]).toBe(c.errors ? "Red" : c.warnings ? "Amber" : "Green");
    }
    const cf = (
      summary as unknown as {
        conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }>;
      }
    ).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules.map((r) => r.formulae[0])])).toEqual([
      ["I2:I4", ['$I2="Red"', '$I2="Amber"', '$I2="Green"']],
    ]);

    const findings = wb.getWorksheet("Findings") as ExcelJS.Worksheet;
    const total = (JSON.parse(json.stdout) as JsonReport).results.reduce((n, r) => n + r.messages.length, 0);
    expect(findings.actualRowCount - 1).toBe(total);
    expect(findings.getRow(1).values).toEqual([
      undefined,
      "Setting id",
      "Severity",
      "Rule",
      "Message",
      "File",
      "Location",
      "Line",
      "Column",
      "Excerpt",
    ]);

    const training = wb.getWorksheet("Training matrix") as ExcelJS.Worksheet;
    const lines = [];
    for (let r = 2; r <= training.actualRowCount; r++) lines.push(training.getRow(r).values as unknown[]);
    const tom = lines.find(
      (l) => l[2] === "Tom Okafor" && l[4] === "Early Years Designated Safeguarding Lead training",
    );
    expect(tom).toEqual([
      undefined,
      "acorns",
      "Tom Okafor",
      "Deputy safeguarding lead",
      "Early Years Designated Safeguarding Lead training",
      new Date("2022-06-20T00:00:00Z"),
      new Date("2024-06-20T00:00:00Z"),
      -887,
      "Expired",
    ]);
    const firstAid = lines.find((l) => l[4] === "Paediatric first aid");
    expect(firstAid?.slice(6)).toEqual([new Date("2027-01-20T00:00:00Z"), 57, "Due soon"]);
    const ben = lines.find((l) => l[2] === "Ben Hale");
    expect(ben?.slice(1, 5)).toEqual([
      "little-stars",
      "Ben Hale",
      "Deputy safeguarding lead",
      "(no training recorded)",
    ]);
    expect(ben?.[8]).toBe("Missing");
    const tomRow = lines.indexOf(tom as unknown[]) + 2;
    expect((training.getCell(tomRow, 8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
  });

  it("gives identical bytes for the same audit, whatever the clock says", async () => {
    const dir = tempProject({ "orgs/acorns.yaml": ACORNS });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-01-02T03:04:05Z"));
    await audit(dir, "--format", "xlsx", "--output", "one.xlsx");
    vi.setSystemTime(new Date("2031-06-07T08:09:10Z"));
    await audit(dir, "--format", "xlsx", "--output", "two.xlsx");
    expect(readFileSync(join(dir, "one.xlsx")).equals(readFileSync(join(dir, "two.xlsx")))).toBe(true);
  });

  it.skipIf(!haveCalc)(
    "opens in LibreOffice Calc, and its Summary agrees with the JSON report",
    async () => {
      // All sheets, UTF-8, cells as shown (so dates read 15/09/2026): the file's one Calc start.
      const { out, counts, ...lo } = await inCalc();
      expect(lo.status, lo.stderr).toBe(0);
      expect(
        readdirSync(out)
          .filter((f) => f.endsWith(".csv"))
          .sort(),
      ).toEqual(["audit-Findings.csv", "audit-Summary.csv", "audit-Training matrix.csv"]);
      const summary = readFileSync(join(out, "audit-Summary.csv"), "utf8")
        .trim()
        .split("\n")
        .map((l) => l.split(","));
      expect(summary[0]).toEqual([
        "Setting id",
        "Setting",
        "Type",
        "Area",
        "DSL",
        "Next review",
        "Errors",
        "Warnings",
        "RAG",
      ]);
      expect(summary[1].slice(0, 6)).toEqual([
        "acorns",
        "Acorns Day Nursery",
        "nursery",
        "riverbend",
        "Priya Marsh",
        "15/09/2026",
      ]);
      expect(summary.slice(1).map((r) => r[0])).toEqual(["acorns", "little-stars", "oak-primary"]);
      for (const row of summary.slice(1)) {
        const c = counts.get(row[0]) ?? { errors: 0, warnings: 0 };
        expect(row.slice(6)).toEqual([
          String(c.errors),
          String(c.warnings),
          c.errors ? "Red" : c.warnings ? "Amber" : "Green",
        ]);
      }
    },
    180_000,
  );
});

describe("collect workbooks in LibreOffice Calc", () => {
  it.skipIf(!haveCalc)(
    "a form opened and saved again by Calc imports with no changes",
    async () => {
      // `collect --org acorns` made the form in `dir`; Calc saved it again, in the file's one Calc start.
      const { dir, out, ...lo } = await inCalc();
      expect(lo.status, lo.stderr).toBe(0);
      const result = await runCli(["import", join(out, "forms", "acorns.xlsx")], dir);
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^acorns \(.*acorns\.xlsx\): no changes\.\n$/);
      expect(readFileSync(join(dir, "orgs/acorns.yaml"), "utf8")).toBe(ACORNS);
    },
    180_000,
  );
});
