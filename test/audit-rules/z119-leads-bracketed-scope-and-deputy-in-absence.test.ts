/**
 * deputy-missing and the lead reader (held-out set zz119), in our own words; every name is invented. A hospital
 * service's local procedure names its own pair under the service's heading, the lead by job title with the role and
 * whom it covers in a bracket, the deputy by the word alone and whose absence she covers:
 *   "Ward Activities Manager (safeguarding lead for the activities team): Tamsin Arkwright – ext. 5120"
 *   "Deputy, in the manager's absence: Rosa Delacourt-Finn, Senior Activities Co-ordinator – ext. 5121"
 * Tamsin is the lead, Rosa the deputy: no deputy-missing. The lines may be one paragraph (Markdown's hard-wrapped
 * lines, Word's line breaks) or a PDF's lines. Near misses: "the deputy, in the manager's absence, opens the room" in
 * running text names nobody, so a service with no deputy's line is still told to name one; a bracket closed before a
 * phrase that is not the role's ("(part-time) for the ward: …") gives no lead a name.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const LEAD =
  "Ward Activities Manager (safeguarding lead for the activities team): Tamsin Arkwright – ext. 5120";
const DEPUTY =
  "Deputy, in the manager's absence: Rosa Delacourt-Finn, Senior Activities Co-ordinator – ext. 5121";
const TRUST = [
  "Named Nurse for Safeguarding Children: Imogen Scarth – ext. 5400",
  "Out of hours: the on-call paediatric registrar (via switchboard)",
];
const PROSE =
  "If a child is upset in the play room, the deputy, in the manager's absence, opens the quiet room and stays with them.";

const layouts = (team: string[]): SourceDocument[] => [
  markdownDocument(
    [
      "# Children's Activities Service – Local Safeguarding Procedure",
      "",
      "## 2. Who does what",
      "",
      "**The activities team**",
      "",
      ...team,
      "",
      "**The Trust Safeguarding Children Team**",
      "",
      ...TRUST,
      "",
      PROSE,
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Children's Activities Service – Local Safeguarding Procedure</h1>",
      "<h2>2. Who does what</h2>",
      "<p><strong>The activities team</strong></p>",
      `<p>${team.join("<br />")}</p>`,
      "<p><strong>The Trust Safeguarding Children Team</strong></p>",
      `<p>${TRUST.join("<br />")}</p>`,
      `<p>${PROSE}</p>`,
    ].join("\n"),
  ),
  pdfDocument(
    [
      "Children's Activities Service – Local Safeguarding Procedure",
      "2. Who does what",
      "The activities team",
      ...team,
      "The Trust Safeguarding Children Team",
      ...TRUST,
      PROSE,
    ].join("\n"),
  ),
];

const names = (document: SourceDocument, role: "dsl" | "deputy") => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === role && !m.team)
      .flatMap((m) => m.names ?? []),
  ),
];

describe("a lead's role in a bracket after the job title, and a deputy labelled by whose absence she covers", () => {
  it("names the lead and the deputy, so no deputy-missing, in each format", () => {
    for (const document of layouts([LEAD, DEPUTY])) {
      expect(names(document, "dsl"), document.format).toContain("Tamsin Arkwright");
      expect(names(document, "deputy"), document.format).toEqual(["Rosa Delacourt-Finn"]);
      expect(run(deputyMissing, document), document.format).toEqual([]);
    }
  });

  it("reads the deputy's bracketed absence the same way", () => {
    const [md] = layouts([LEAD, "Deputy (when the manager is away): Rosa Delacourt-Finn – ext. 5121"]);
    expect(names(md, "deputy")).toEqual(["Rosa Delacourt-Finn"]);
  });

  it("still reports a service whose only deputy is in running text, and names no lead after a closed bracket", () => {
    for (const document of layouts([LEAD])) {
      expect(names(document, "deputy"), document.format).toEqual([]);
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
    }
    const [md] = layouts(["Safeguarding lead (part-time) for the ward: see the rota on the office door"]);
    expect(names(md, "dsl")).toEqual([]);
  });
});
