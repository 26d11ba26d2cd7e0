/**
 * deputy-missing (held-out set zz139), in our own words; every name is invented. A holiday camp company names its lead
 * ("**Designated Safeguarding Lead (all venues):** Mr …"), then "Each venue has a **Venue Safeguarding Lead**, who is
 * the DSL's deputy at that venue" over "| Venue | Venue Safeguarding Lead | Mobile | Level 3 completed |", one
 * venue's lead "To be recruited". By the policy's words the column holds the lead's deputies, as "The Area Safeguarding
 * Leads are the Service DSL's deputies" does (zz138): the venue still recruiting has no deputy (reported at its row),
 * and all venues named, none is missing. Near misses: a sentence that makes the venue leads something else ("who is
 * the first person staff go to") does not make the column deputies; "To be recruited" in a column that is no
 * safeguarding role ("Play Worker") is no deputy missing.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (sentence: string, header: string[], rows: string[][]): SourceDocument[] => {
  const intro = [
    "**Designated Safeguarding Lead (all venues):** Mr Oswin Tallack-Burke, Camps Director",
    "DSL training (two-day course): 12 June 2025",
    sentence,
  ];
  return [
    markdownDocument(
      [
        "# Holiday Camps Safeguarding Policy",
        "",
        "## 1. Who is responsible",
        "",
        ...intro.flatMap((l) => [l, ""]),
        `| ${header.join(" | ")} |`,
        `|${header.map(() => "---").join("|")}|`,
        ...rows.map((r) => `| ${r.join(" | ")} |`),
        "",
        "## 2. If you are worried",
        "",
        "Tell the Venue Safeguarding Lead before the end of the day, or the DSL if the lead is not on site.",
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Holiday Camps Safeguarding Policy</h1>",
        "<h2>1. Who is responsible</h2>",
        ...intro.map((l) => `<p>${l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
        `<table><tr>${header.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
          .map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`)
          .join("")}</table>`,
        "<h2>2. If you are worried</h2>",
        "<p>Tell the Venue Safeguarding Lead before the end of the day, or the DSL if the lead is not on site.</p>",
      ].join("\n"),
    ),
  ];
};

const HEADER = ["Venue", "Venue Safeguarding Lead", "Mobile", "Level 3 completed"];
const venues = (last: string) => [
  ["Fellside Academy", "Ms Priya Ondaatje-Lowe", "07700 900451", "09/04/2025"],
  ["Marram Leisure Centre", "Mr Corin Abernethy", "07700 900452", "02/12/2024"],
  ["Stonecroft Primary", "Mrs Talia Brennagh", "07700 900453", "30/01/2026"],
  ["Wyke Lane Juniors", last, "—", "—"],
];

const SENTENCES = [
  "Each venue has a **Venue Safeguarding Lead**, who is the DSL's deputy at that venue and the first person camp staff go to.",
  "Every venue has a Venue Safeguarding Lead, who is the Designated Safeguarding Lead's deputy there.",
];

describe("deputy-missing: 'each venue has a X, who is the DSL's deputy' over a table of X", () => {
  it.each(SENTENCES)("reports the venue whose lead is to be recruited, at its row: %s", (sentence) => {
    for (const document of layouts(sentence, HEADER, venues("To be recruited"))) {
      const reported = found(run(deputyMissing, document), document);
      expect(reported, document.format).toHaveLength(1);
      expect(reported[0], document.format).toContain("Wyke Lane Juniors");
    }
  });
  it.each(SENTENCES)("stays quiet when every venue's lead is named: %s", (sentence) => {
    for (const document of layouts(sentence, HEADER, venues("Mr Ansel Kirkbride")))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it("does not make the column deputies when the sentence makes the venue leads something else", () => {
    const sentence =
      "Each venue has a **Venue Safeguarding Lead**, who is the first person camp staff go to at that venue.";
    for (const document of layouts(sentence, HEADER, venues("To be recruited"))) {
      const reported = found(run(deputyMissing, document), document);
      expect(reported.join(" "), document.format).not.toContain("Wyke Lane");
    }
  });
  it("does not make a column of the venues' leads of something else deputies by its name alone", () => {
    const sentence = "Each venue has a **Venue Lead**, who is the lead for bookings and rotas at that venue.";
    const header = ["Venue", "Venue Lead", "Mobile", "Level 3 completed"];
    for (const document of layouts(sentence, header, venues("To be recruited"))) {
      const reported = found(run(deputyMissing, document), document);
      expect(reported.join(" "), document.format).not.toContain("Wyke Lane");
    }
  });
  it("reads no deputy missing from 'To be recruited' in a column that is no safeguarding role", () => {
    const sentence =
      "Each venue has a **Venue Safeguarding Lead**, who is the DSL's deputy at that venue, and a Play Worker.";
    const header = ["Venue", "Venue Safeguarding Lead", "Play Worker", "Level 3 completed"];
    const rows = [
      ["Fellside Academy", "Ms Priya Ondaatje-Lowe", "Mr Dale Whitcombe", "09/04/2025"],
      ["Marram Leisure Centre", "Mr Corin Abernethy", "To be recruited", "02/12/2024"],
      ["Stonecroft Primary", "Mrs Talia Brennagh", "Ms Ruth Galloway-Penn", "30/01/2026"],
    ];
    for (const document of layouts(sentence, header, rows))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
});
