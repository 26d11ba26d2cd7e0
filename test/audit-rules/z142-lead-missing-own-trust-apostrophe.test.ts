/**
 * lead-missing (a reviewer's finding, forty-second session), in our own words; every name is invented. An NHS trust's
 * own policy names its own named nurse with the trust as her employer, the trust's name written once with a curly
 * apostrophe (a word processor's) and once with a straight one:
 *   "# Queen’s Hospitals NHS Trust — Safeguarding Children Policy" … "Mrs NAME, Queen's Hospitals NHS
 *   Trust. NAME leads safeguarding across the hospital."
 * The two are one trust: she is the policy's lead, as when both are written alike (z139). Names are compared with
 * straight apostrophes everywhere (own-name.ts compared), as passing-roles.ts already compared a title. Near miss: a
 * title naming another trust ("Queen’s Community NHS Trust") still reads her as an adviser from outside. And two
 * childminders' names under "each of us" that differ only in their apostrophe are one person written twice.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { eachOfUsHolders } from "../../src/audit/text/each-of-us.js";
import { splitLines } from "../../src/audit/text/lines.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const nurse = (trust: string) =>
  `**Named Nurse for Safeguarding Children** – Mrs Oriane Thackeray-Mbu, ${trust}. Oriane leads safeguarding across the hospital and keeps the safeguarding records. 01632 960 733`;
const WORRY = "Staff pass every worry to the Named Nurse for Safeguarding Children the same day.";

const layouts = (title: string, trust: string): SourceDocument[] => [
  markdownDocument(
    [`# ${title}`, "", "## 3. Safeguarding roles", "", nurse(trust), "", WORRY, ""].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${title}</h1>`,
      "<h2>3. Safeguarding roles</h2>",
      `<p>${nurse(trust).replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`,
      `<p>${WORRY}</p>`,
    ].join(""),
  ),
  pdfDocument(
    [
      title,
      "3. Safeguarding roles",
      nurse(trust)
        .replace(/\*\*/g, "")
        .replace(/(.{60,75}?) /g, "$1\n"),
      WORRY,
    ].join("\n"),
  ),
];

const leads = (document: SourceDocument) => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === "dsl" && !m.team)
      .flatMap((m) => m.names ?? (m.name ? [m.name] : [])),
  ),
];

describe("the policy's own trust, its apostrophe written two ways", () => {
  it("is the lead's employer whichever way round the apostrophes are", () => {
    for (const [title, trust] of [
      ["Queen’s Hospitals NHS Trust — Safeguarding Children Policy", "Queen's Hospitals NHS Trust"],
      ["Queen's Hospitals NHS Trust — Safeguarding Children Policy", "Queen’s Hospitals NHS Trust"],
    ])
      for (const document of layouts(title, trust)) {
        expect(leads(document), `${title} ${document.format} ${JSON.stringify(leads(document))}`).toEqual([
          "Mrs Oriane Thackeray-Mbu",
        ]);
        expect(run(leadMissing, document), `${title} ${document.format}`).toEqual([]);
      }
  });
});

describe("near misses", () => {
  it("another trust's named nurse is still an adviser from outside", () => {
    const title = "Queen’s Community NHS Trust — Safeguarding Children Policy";
    for (const document of layouts(title, "Queen's Hospitals NHS Trust")) {
      expect(leads(document), `${document.format} ${JSON.stringify(leads(document))}`).toEqual([]);
      expect(run(leadMissing, document), document.format).toHaveLength(1);
    }
  });
});

describe("each of us", () => {
  const under = (second: string) =>
    splitLines(
      [
        "Each of us is the designated safeguarding lead for the children on her own register:",
        "",
        "- Niamh O’Leary – childminder, 07700 900 311",
        `- ${second} – childminder, 07700 900 312`,
      ].join("\n"),
    );
  it("one person written twice, her apostrophe two ways, is not two people", () => {
    const lines = under("Niamh O'Leary");
    expect(eachOfUsHolders(lines, lines[0])).toBeUndefined();
  });
  it("stays two people when the names differ", () => {
    const lines = under("Bronagh O'Leary");
    expect(eachOfUsHolders(lines, lines[0])?.map((h) => h.name)).toEqual([
      "Niamh O’Leary",
      "Bronagh O'Leary",
    ]);
  });
});
