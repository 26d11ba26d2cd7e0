/**
 * deputy-missing (held-out set zz143), in our own words; every name is invented. A junior club labels its two welfare
 * officers, then says of the second, in a sentence of its own, that it acts for the first while she is away:
 *   "**Club Welfare Officer:** Mrs NAME, phone, email"
 *   "**Welfare Officer (Youth Section):** Mr NAME, phone, email"
 *   "The Welfare Officer (Youth Section) is the first contact for the youth teams and acts for the Club Welfare Officer
 *   when she is away."
 * The second role's holder is the named deputy: no deputy-missing. Near misses: the same sentence where the role's
 * label has no holder ("TBC") still names no deputy; a role that "acts for the Club Welfare Officer at away
 * tournaments" (no absence) is no deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Fallowmead Juniors RFC – Safeguarding Children Policy";
const LEAD =
  "**Club Welfare Officer:** Mrs Orla Whitcombe-Adair, 07700 900 318, welfare@fallowmead.example.org";
const SECOND = (holder: string) => `**Welfare Officer (Youth Section):** ${holder}`;
const HOLDER = "Mr Dariusz Penhallow, 07700 900 319, youthwelfare@fallowmead.example.org";
const SAID =
  "The Club Welfare Officer leads on safeguarding for the whole club. The Welfare Officer (Youth Section) is the first contact for the youth teams and acts for the Club Welfare Officer when she is away.";
const ON_TOUR =
  "The Club Welfare Officer leads on safeguarding for the whole club. The Welfare Officer (Youth Section) is the first contact for the youth teams and acts for the Club Welfare Officer at away tournaments.";

const layouts = (paragraphs: string[]): SourceDocument[] =>
  sectionLayouts(TITLE, "2. Our welfare officers", paragraphs);

const names = (document: SourceDocument, role: "dsl" | "deputy") => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === role && !m.team)
      .flatMap((m) => m.names ?? (m.name ? [m.name] : [])),
  ),
];

describe("a labelled role said to act for the lead's role when she is away", () => {
  it("names its holder as the deputy, in each format", () => {
    for (const document of layouts([LEAD, SECOND(HOLDER), SAID, "Club Secretary: TBC"])) {
      expect(names(document, "dsl"), document.format).toEqual(["Mrs Orla Whitcombe-Adair"]);
      expect(names(document, "deputy"), document.format).toEqual(["Mr Dariusz Penhallow"]);
      expect(run(leadMissing, document), document.format).toEqual([]);
      expect(run(deputyMissing, document), document.format).toEqual([]);
    }
  });
});

describe("near misses", () => {
  it("the role's label with no holder names no deputy", () => {
    for (const document of layouts([LEAD, SECOND("TBC"), SAID])) {
      expect(names(document, "deputy"), document.format).toEqual([]);
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
    }
  });

  it("acting for the lead at away tournaments (no absence) is no deputy", () => {
    for (const document of layouts([LEAD, SECOND(HOLDER), ON_TOUR])) {
      expect(names(document, "deputy"), document.format).toEqual([]);
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
    }
  });
});
