/**
 * The rules' first run made on a built-in policy while the audit waits for its document (issue 15, start fast:
 * src/audit/warm-up.ts). The warm-up runs each rule until the document arrives and stops then; the document's
 * findings are the same as without it; the built-in policy gets through every rule without a rule's error.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkSourceDocument } from "../src/audit/check-document.js";
import { type ActiveRule, resolveRules } from "../src/audit/config.js";
import { runAudit } from "../src/audit/engine.js";
import { packagedSettingTypes } from "../src/audit/reference-data-node.js";
import { rules } from "../src/audit/rules/index.js";
import { readDocument } from "../src/audit/sources/read-file-node.js";
import { warmUpUntil } from "../src/audit/warm-up.js";
import type { Partnership } from "../src/model.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const partnership: Partnership = { name: "", areas: [], courses: [], source: "partnership.yaml" };
const active = resolveRules(rules, partnership, () => undefined);

/** The active rules, each counting the documents it checks by file name. */
function counting(seen: string[]): ActiveRule[] {
  return active.map((a) => ({
    ...a,
    rule: {
      ...a.rule,
      checkDocument: a.rule.checkDocument
        ? (context) => {
            seen.push(`${a.rule.meta.id} ${context.document.file}`);
            return a.rule.checkDocument?.(context);
          }
        : undefined,
    },
  }));
}

/** What runAudit hands the warm-up, with rules that log each run into `seen`. */
async function warmUpInput(seen: string[]) {
  return {
    rules: counting(seen),
    asOf: "2026-12-01",
    partnership,
    settingTypes: await packagedSettingTypes(),
  };
}

describe("warmUpUntil", () => {
  it("runs every document rule on the built-in policy while the document is not there", async () => {
    const seen: string[] = [];
    const input = await warmUpInput(seen);
    await warmUpUntil(new Promise(() => undefined), input);
    const withDocumentRule = active
      .filter((a) => a.rule.checkDocument)
      .map((a) => `${a.rule.meta.id} warm-up.docx`);
    expect(seen).toEqual(withDocumentRule);
  });

  it("stops as soon as the document it waits for is there", async () => {
    const seen: string[] = [];
    const input = await warmUpInput(seen);
    await warmUpUntil(Promise.resolve(), input);
    expect(seen).toEqual([]);
  });

  it("gets through every rule on the built-in policy without a rule's error", async () => {
    // The policy is the one warmUpUntil checks: a rule that throws on it would be warmed up for nothing.
    const documents: Parameters<typeof checkSourceDocument>[0][] = [];
    const spy = active.map((a) => ({
      ...a,
      rule: {
        ...a.rule,
        checkDocument: a.rule.checkDocument
          ? (context: Parameters<NonNullable<typeof a.rule.checkDocument>>[0]) => {
              documents.push(context.document);
              return a.rule.checkDocument?.(context);
            }
          : undefined,
      },
    }));
    const settingTypes = await packagedSettingTypes();
    await warmUpUntil(new Promise(() => undefined), {
      rules: spy,
      asOf: "2026-12-01",
      partnership,
      settingTypes,
    });
    const findings = checkSourceDocument(documents[0], {
      rules: active,
      asOf: "2026-12-01",
      partnership,
      settingTypes,
    });
    expect(findings.filter((f) => f.ruleId === "rule-error")).toEqual([]);
    // It is a policy the rules read: a lead, training, dates and outdated names in it are found.
    const found = new Set(findings.map((f) => f.ruleId));
    for (const id of ["outdated-reference", "placeholder-text", "training-stale"])
      expect(found).toContain(id);
    // Its lead and deputy are named: no rule says they are missing.
    expect(found).not.toContain("lead-missing");
    expect(found).not.toContain("deputy-missing");
  });
});

describe("runAudit with a document read ahead", () => {
  it("finds in each document what it finds without the warm-up", async () => {
    const settingTypes = await packagedSettingTypes();
    const project = { partnership, settingTypes, locate: () => undefined };
    const documents = ["bramble-pre-school.docx", "ashdown-infant-school.md"].map((name) => ({
      path: join(REPO, "test", "corpus", name),
      file: name,
    }));
    const input = { project, rules: active, asOf: "2026-12-01", settings: [], documents };
    const plain = await runAudit(input);
    // A reader whose answer comes late: the rules are warmed up while it reads.
    let asked = 0;
    const late = await runAudit({
      ...input,
      read: async (target) => {
        asked++;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return readDocument(target.path, target.file, target.settingId);
      },
    });
    expect(late.findings).toEqual(plain.findings);
    expect(plain.findings.length).toBeGreaterThan(0);
    // Each document is read once, though the warm-up asked for the first before its turn.
    expect(asked).toBe(2);
  });
});
