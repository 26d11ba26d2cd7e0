/**
 * deputy-missing (held-out set zz145), in our own words; every name is invented. As of 1 December 2026.
 * A deputy's label with "to be confirmed" as its whole value ("Deputy Designated Person: to be confirmed") is the
 * spelled-out "TBC": the words stand where the deputy's name should be, and the finding quotes them, as it does for
 * "Deputy Designated Person: TBC". So too "To be advised.", "tbc", and after a label in two languages ("Zastępca
 * osoby odpowiedzialnej / Deputy Designated Person: to be confirmed"). Near misses: a named deputy whose start date
 * is "to be confirmed" is named, and "to be confirmed" after a date or a course ("Training: date to be confirmed",
 * "Deputy DSL refresher: to be confirmed") is no deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const LEAD = "Designated Safeguarding Lead: Halina Borkowska-Reed, Head Teacher";

const md = (...lines: string[]): SourceDocument =>
  markdownDocument(
    [
      "# Kestrel Road Saturday School – Safeguarding Policy",
      "",
      "## 2. Who to go to",
      "",
      ...lines.flatMap((l) => [l, ""]),
      "## 3. If you are worried",
      "",
      "Tell the Designated Safeguarding Lead the same morning.",
      "",
    ].join("\n"),
  );

const word = (...lines: string[]): SourceDocument =>
  wordDocument(
    [
      "<h1>Kestrel Road Saturday School – Safeguarding Policy</h1>",
      "<h2>2. Who to go to</h2>",
      ...lines.map((l) => `<p>${l}</p>`),
      "<h2>3. If you are worried</h2>",
      "<p>Tell the Designated Safeguarding Lead the same morning.</p>",
    ].join("\n"),
  );

const report = (document: SourceDocument) => {
  const reported = run(rule, document);
  return { at: found(reported, document), messages: reported.map((r) => r.message) };
};

describe('a deputy "to be confirmed"', () => {
  it("reads it as TBC is read, quoted at the words", () => {
    for (const document of [
      md(LEAD, "Deputy Designated Person: to be confirmed"),
      word(LEAD, "Deputy Designated Person: to be confirmed"),
    ]) {
      const { at, messages } = report(document);
      expect(at).toEqual(["Deputy Designated Person: to be confirmed"]);
      expect(messages[0]).toMatch(
        /^The deputy designated safeguarding lead is not named: "to be confirmed" stands/,
      );
    }
  });

  it("reads the other spellings the same way", () => {
    expect(report(md(LEAD, "Deputy Designated Safeguarding Lead: To be advised.")).at).toEqual([
      "Deputy Designated Safeguarding Lead: To be advised",
    ]);
    expect(report(md(LEAD, "- **Deputy DSL:** tbc")).at).toEqual(["Deputy DSL:** tbc"]);
  });

  it("reads it after a label in two languages", () => {
    const { at, messages } = report(
      md(LEAD, "Zastępca osoby odpowiedzialnej / Deputy Designated Person: to be confirmed"),
    );
    expect(at).toEqual(["Deputy Designated Person: to be confirmed"]);
    expect(messages[0]).toContain('"to be confirmed" stands where the name should be');
  });

  it("stays quiet for a named deputy whose start date is to be confirmed", () => {
    expect(
      report(md(LEAD, "Deputy DSL: Marek Zieliński-Holt, Teacher (start date to be confirmed)")).at,
    ).toEqual([]);
  });

  it("stays quiet for a date or a course to be confirmed", () => {
    const deputy = "Deputy DSL: Marek Zieliński-Holt, Teacher";
    expect(report(md(LEAD, deputy, "Training: date to be confirmed")).at).toEqual([]);
    expect(report(md(LEAD, deputy, "Deputy DSL refresher: to be confirmed")).at).toEqual([]);
  });
});
