/**
 * deputy-missing (held-out set zz152), in our own words; every name is invented. As of 1 December 2026.
 * A youth unit's "Role | Name | Contact" table gives each job with its safeguarding role in brackets after it: "|
 * Explorer Leader (unit safeguarding lead) | Marisol Quennell | … |" and "| Assistant Explorer Leader (safeguarding
 * deputy) | vacant | — |". The bracket after the job names the deputy as "(deputy for safeguarding)" already did
 * before a colon: now "(safeguarding deputy)", "(child protection deputy)", "(welfare deputy)" closing a table's role
 * cell, or before a colon, are the deputy's role, and the row's "vacant" or "TBC" is reported at the row ("vacant"
 * in the excerpt) instead of the document-wide "does not name a deputy"; a name there is the deputy.
 * Stays as it is: a job with no safeguarding bracket ("| Assistant Explorer Leader | vacant |") names no deputy, so
 * the document-wide finding stays; the words in running text name nobody.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";
import { tableSectionLayouts } from "../helpers/table-section-layouts.js";

const TITLE = "Harrowdene Explorer Unit — Safeguarding Policy";
const LEAD = ["Explorer Leader (unit safeguarding lead)", "Marisol Quennell", "07700 900 611"];

const layouts = (deputy: string[]): SourceDocument[] =>
  tableSectionLayouts(TITLE, "Who is responsible", [
    [
      ["Role", "Name", "How to reach them"],
      LEAD,
      deputy,
      ["District Commissioner", "Anwen Delacroix-Hay", "07700 900 619"],
    ],
    "Marisol leads on safeguarding in the unit.",
  ]);

describe("a job with '(safeguarding deputy)' in brackets in a role table", () => {
  for (const deputy of [
    ["Assistant Explorer Leader (safeguarding deputy)", "vacant", "—"],
    ["Assistant Explorer Leader (Safeguarding Deputy)", "Vacant", "—"],
    ["Assistant Leader (child protection deputy)", "vacant", "—"],
    ["Unit Administrator (welfare deputy)", "TBC", "—"],
  ])
    it(`reports the deputy's row: ${deputy.slice(0, 2).join(" | ")}`, () => {
      for (const document of layouts(deputy)) {
        const reported = found(run(deputyMissing, document), document);
        expect(reported, document.format).toHaveLength(1);
        expect(reported[0].toLowerCase(), document.format).toContain(deputy[1].toLowerCase());
        expect(run(leadMissing, document), document.format).toEqual([]);
      }
    });

  it("a name in the row is the deputy", () => {
    for (const document of layouts([
      "Assistant Explorer Leader (safeguarding deputy)",
      "Tobiah Wren-Castell",
      "07700 900 612",
    ]))
      expect(run(deputyMissing, document), document.format).toEqual([]);
  });

  it("before a colon, in a line", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## Who is responsible",
        "",
        "Explorer Leader (unit safeguarding lead): Marisol Quennell, 07700 900 611",
        "",
        "Assistant Explorer Leader (safeguarding deputy): vacant",
        "",
      ].join("\n"),
    );
    const reported = found(run(deputyMissing, document), document);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toContain("vacant");
  });
});

describe("stays as it is", () => {
  it("a job with no safeguarding bracket names no deputy: the document-wide finding", () => {
    for (const document of layouts(["Assistant Explorer Leader", "vacant", "—"])) {
      const messages = run(deputyMissing, document).map((f) => f.message);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/does not name a deputy/);
    }
  });

  it("the words in running text name nobody", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## Who is responsible",
        "",
        "Explorer Leader (unit safeguarding lead): Marisol Quennell, 07700 900 611",
        "",
        "We are looking for an assistant leader (safeguarding deputy) to join the team.",
        "",
      ].join("\n"),
    );
    const messages = run(deputyMissing, document).map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/does not name a deputy/);
  });
});
