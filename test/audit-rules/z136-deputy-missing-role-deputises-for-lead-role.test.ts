/**
 * deputy-missing (held-out set zz136), in our own words; every name is invented. A sports club gives two officers,
 * each a bold role over "Name: …", and then says of the second: "The Junior Section Welfare Officer runs welfare for
 * the under-12s, and deputises for the Club Welfare Officer at tournaments and when he is away." That role is the
 * deputy's wherever the policy gives it, so its named holder is the named deputy — in Markdown, Word and a PDF's text.
 * Near misses: "… and the chair deputises for him" (another subject) and a second officer said nothing of leave the
 * deputy unnamed; the role deputised for stays the lead's.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const said =
  "The Junior Section Welfare Officer runs welfare for the under-12s, and deputises for the Club Welfare Officer at tournaments and when he is away.";

const lines = (sentence: string) => [
  "# Fellbridge Hockey Club – Safeguarding Policy",
  "",
  "## 2. Welfare officers",
  "",
  "**Club Welfare Officer**",
  "Name: Ruairi Castleton",
  "Phone: 07700 900 310",
  "",
  "**Junior Section Welfare Officer**",
  "Name: Pernille Adeyemi-Shaw",
  "Phone: 07700 900 311",
  "",
  sentence,
  "",
  "## 3. Reporting",
  "",
  "Tell the Club Welfare Officer or the Junior Section Welfare Officer the same day.",
  "",
];

const markdown = (sentence: string) => markdownDocument(lines(sentence).join("\n"));
const word = (sentence: string) =>
  wordDocument(
    lines(sentence)
      .filter((l) => l !== "")
      .map((l) =>
        l.startsWith("# ")
          ? `<h1>${l.slice(2)}</h1>`
          : l.startsWith("## ")
            ? `<h2>${l.slice(3)}</h2>`
            : `<p>${l.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`,
      )
      .join(""),
  );
const pdf = (sentence: string) =>
  pdfDocument(
    lines(sentence)
      .filter((l) => l !== "")
      .map((l) => l.replace(/^#+ /, "").replace(/\*\*/g, ""))
      .join("\n")
      .replace("and deputises for the Club", "and deputises for the\nClub")
      .replace("Phone: 07700 900 311", "Phone: 07700 900 311 · Email: juniors@fellbridge.example.org"),
  );

const deputies = (document: SourceDocument) => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === "deputy" && !m.team)
      .flatMap((m) => m.names ?? []),
  ),
];
const leads = (document: SourceDocument) => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === "dsl" && !m.team)
      .flatMap((m) => m.names ?? []),
  ),
];

describe("deputy-missing: a role said to deputise for the lead's role", () => {
  for (const [format, make] of [
    ["md", markdown],
    ["docx", word],
    ["pdf", pdf],
  ] as const)
    it(`names the deputy by that role's holder (${format})`, () => {
      const document = make(said);
      expect(run(deputyMissing, document)).toEqual([]);
      expect(deputies(document)).toEqual(["Pernille Adeyemi-Shaw"]);
      expect(leads(document)).toEqual(["Ruairi Castleton"]);
    });

  it("leaves another subject's deputising alone (near miss)", () => {
    const document = markdown(
      "The Junior Section Welfare Officer runs welfare for the under-12s, and the chair deputises for the Club Welfare Officer when he is away.",
    );
    expect(deputies(document)).not.toContain("Pernille Adeyemi-Shaw");
  });

  it("reads no deputy when the second officer is said nothing of (near miss)", () => {
    const document = markdown("The Junior Section Welfare Officer runs welfare for the under-12s.");
    expect(deputies(document)).not.toContain("Pernille Adeyemi-Shaw");
  });
});
