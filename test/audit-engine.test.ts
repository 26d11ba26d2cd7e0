/** The audit engine on its own: positions, excerpts, waivers, and a rule that throws. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ActiveRule } from "../src/audit/config.js";
import { runAudit } from "../src/audit/engine.js";
import type { Rule } from "../src/audit/rule.js";
import type { Partnership, Setting } from "../src/model.js";

const dir = mkdtempSync(join(tmpdir(), "policysmith-engine-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const partnership = (waivers: Partnership["waivers"] = []): Partnership => ({
  name: "P",
  areas: [],
  courses: [],
  waivers,
  source: "partnership.yaml",
});
const setting: Setting = {
  id: "acorns",
  name: "Acorns",
  type: "nursery",
  area: "riverbend",
  policy: {},
  leads: [],
  source: "orgs/acorns.yaml",
};
const project = (p: Partnership) => ({
  partnership: p,
  settingTypes: new Map(),
  locate: (_f: string, path: ReadonlyArray<string | number>) => ({ line: path.length + 10, column: 3 }),
});

const findsTbc: Rule = {
  meta: { id: "finds-tbc", description: "test", defaultSeverity: "error" },
  checkDocument(ctx) {
    const at = ctx.document.text.indexOf("TBC");
    if (at >= 0) ctx.report({ message: "TBC left in", offset: at, endOffset: at + 3 });
  },
  checkSetting(ctx) {
    ctx.report({ message: "data finding", path: ["policy", "next_review"] });
  },
};
const throws: Rule = {
  meta: { id: "throws", description: "test", defaultSeverity: "warning" },
  checkDocument() {
    throw new Error("boom");
  },
};
const active = (rule: Rule, severity: "error" | "warning" = rule.meta.defaultSeverity): ActiveRule => ({
  rule,
  severity,
  options: {},
});

describe("runAudit", () => {
  it("maps offsets to line and column, quotes the excerpt, and keeps going when a rule throws", async () => {
    const file = join(dir, "policy.md");
    writeFileSync(file, "# Policy\n\nLead: TBC\n");
    const result = await runAudit({
      project: project(partnership()),
      rules: [active(throws), active(findsTbc, "warning")],
      asOf: "2026-11-28",
      settings: [],
      documents: [{ path: file, file: "policy.md", settingId: "acorns" }],
    });
    const tbc = result.findings.find((f) => f.ruleId === "finds-tbc");
    expect(tbc).toMatchObject({
      severity: "warning",
      file: "policy.md",
      line: 3,
      column: 7,
      endLine: 3,
      endColumn: 10,
      excerpt: "TBC",
      settingId: "acorns",
    });
    const crash = result.findings.find((f) => f.ruleId === "rule-error");
    expect(crash?.message).toMatch(/throws rule failed on this file \(boom\)/);
  });

  it("places data findings with the project's YAML positions", async () => {
    const result = await runAudit({
      project: project(partnership()),
      rules: [active(findsTbc)],
      asOf: "2026-11-28",
      settings: [setting],
      documents: [],
    });
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: "finds-tbc",
        file: "orgs/acorns.yaml",
        line: 12,
        column: 3,
        settingId: "acorns",
      }),
    ]);
  });

  it("drops findings a current waiver covers, and reports an expired waiver", async () => {
    const waiver = { setting: "acorns", rule: "finds-tbc", reason: "agreed", expires: "2026-12-31" };
    const current = await runAudit({
      project: project(partnership([waiver])),
      rules: [active(findsTbc)],
      asOf: "2026-11-28",
      settings: [setting],
      documents: [],
    });
    expect(current.findings).toEqual([]);
    expect(current.waived).toBe(1);
    const expired = await runAudit({
      project: project(partnership([waiver])),
      rules: [active(findsTbc)],
      asOf: "2027-01-01",
      settings: [setting],
      documents: [],
    });
    expect(expired.findings.map((f) => f.ruleId).sort()).toEqual(["finds-tbc", "waiver-expired"]);
    expect(expired.findings.find((f) => f.ruleId === "waiver-expired")?.message).toMatch(
      /expired on 31 December 2026/,
    );
  });
});
