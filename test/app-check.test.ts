/**
 * checkPolicy (src/app/check.ts) — the self-service page's check — gives, from a file's bytes and plain JSON
 * data, exactly the findings `policysmith audit` gives for that file.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditDataFromProject } from "../src/app/audit-data-node.js";
import { checkPolicy } from "../src/app/check.js";
import { resolveRules } from "../src/audit/config.js";
import { runAudit } from "../src/audit/engine.js";
import { rules } from "../src/audit/rules/index.js";
import { loadProject } from "../src/data/load-project.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const AS_OF = "2026-12-01";
const DOCUMENTS = [
  "test/corpus/bramble-pre-school.docx",
  "test/corpus/bramble-pre-school.pdf",
  "test/corpus/zz3-hollowmere-youth-league.docx",
  "test/corpus/zz4-hollowmere-fe-college.docx",
  "test/fixtures/existing/old-policy.md",
];

describe("checkPolicy: the page's check is the CLI's audit", async () => {
  const project = await loadProject(root);
  // What the page gets: written as JSON into data.js and parsed back.
  const data = JSON.parse(JSON.stringify(await auditDataFromProject(project)));

  for (const file of DOCUMENTS)
    it(`${file}: same findings, messages and places as policysmith audit`, async () => {
      const cli = await runAudit({
        project,
        rules: resolveRules(rules, project.partnership, project.locate),
        asOf: AS_OF,
        settings: [],
        documents: [{ path: `${root}/${file}`, file }],
      });
      const page = await checkPolicy(new Uint8Array(readFileSync(`${root}/${file}`)), file, data, {
        asOf: AS_OF,
      });
      expect(cli.findings.length).toBeGreaterThan(0);
      const shown = (findings: typeof page) =>
        findings.map((f) => ({
          rule: f.ruleId,
          severity: f.severity,
          message: f.message,
          where: f.location,
          line: f.line,
          column: f.column,
        }));
      expect(shown(page)).toEqual(shown(cli.findings));
    });

  it("a file it cannot read gives one finding that says why and what to do", async () => {
    const old = await checkPolicy(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "Policy 2019.doc", data, {
      asOf: AS_OF,
    });
    expect(old).toHaveLength(1);
    expect(old[0]).toMatchObject({ ruleId: "unreadable", severity: "error", file: "Policy 2019.doc" });
    expect(old[0].message).toMatch(/old Word 97–2003 \.doc file.*save it as a Word Document \(\.docx\)/);
    const broken = await checkPolicy(new TextEncoder().encode("not a zip"), "policy.docx", data, {
      asOf: AS_OF,
    });
    expect(broken).toHaveLength(1);
    expect(broken[0].ruleId).toBe("unreadable");
    const empty = await checkPolicy(new Uint8Array(), "policy.pdf", data, { asOf: AS_OF });
    expect(empty[0].message).toMatch(/empty/);
  });

  it("tells the page each PDF page as it is read, so a long PDF shows progress", async () => {
    const file = "test/corpus/bramble-pre-school.pdf";
    const told: Array<[number, number]> = [];
    await checkPolicy(new Uint8Array(readFileSync(`${root}/${file}`)), file, data, {
      asOf: AS_OF,
      onPage: async (read, pages) => {
        told.push([read, pages]);
      },
    });
    const pages = told[0]?.[1] ?? 0;
    expect(pages).toBeGreaterThan(1);
    expect(told).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
  });

  it("uses the reference data it is given (not files on disk)", async () => {
    const file = "test/fixtures/existing/old-policy.md";
    const bytes = new Uint8Array(readFileSync(`${root}/${file}`));
    const withData = await checkPolicy(bytes, file, data, { asOf: AS_OF });
    expect(withData.some((f) => f.ruleId === "outdated-reference")).toBe(true);
    const without = await checkPolicy(
      bytes,
      file,
      { ...data, references: { ...data.references, outdatedReferences: [] } },
      { asOf: AS_OF },
    );
    expect(without.some((f) => f.ruleId === "outdated-reference")).toBe(false);
    // Leave the real data in place for any test after this one.
    await checkPolicy(bytes, file, data, { asOf: AS_OF });
  });
});
