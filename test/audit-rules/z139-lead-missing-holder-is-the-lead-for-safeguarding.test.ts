/**
 * lead-missing and deputy-missing (held-out set zz139), in our own words; every name is invented. A service inside a
 * bigger body gives its own lead a title of its own, as a label, and says in the holder's paragraph that the holder is
 * the service's lead:
 *   "**Safeguarding Link Worker (Children's Physio Team):** Ms NAME, job. She is the physio team's lead for
 *   safeguarding: …"
 * She is the lead whatever the title is called; "**Deputy Link Worker:** vacant since May 2026" is then her deputy's
 * post, and it is empty: deputy-missing there, not "does not name a deputy" at the top. Near misses: a holder said to
 * be another body's lead ("the trust's lead for safeguarding", a body the title does not name) is no lead of the
 * service's, and a named nurse who only supervises the link workers is no lead either.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { found, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Children's Physio Team: Safeguarding Procedure";
const LEAD =
  "**Safeguarding Link Worker (Children's Physio Team):** Ms Perpetua Vance-Oyelaran, Senior Physiotherapist, ext. 5120. She is the physio team's lead for safeguarding: staff take every worry to her first and she makes sure it is recorded.";
const VACANT_DEPUTY =
  "**Deputy Link Worker:** vacant since May 2026. Until the post is filled, staff go to the duty manager.";
const NURSE =
  "**Named Nurse for Safeguarding Children (trust):** Mr Corentin Ashby-Malik, Trust Safeguarding Team, ext. 4200. He leads the trust's safeguarding team and supervises the Link Workers of each service.";
const WORRY = "Tell the Safeguarding Link Worker the same day.";

const layouts = (paragraphs: string[], title = TITLE): SourceDocument[] =>
  sectionLayouts(title, "2. Who does what", paragraphs);

const names = (document: SourceDocument, role: "dsl" | "deputy") => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === role && !m.team)
      .flatMap((m) => m.names ?? (m.name ? [m.name] : [])),
  ),
];

describe("a holder said to be the service's lead for safeguarding, under a title of the service's own", () => {
  it("is the lead, and the vacant deputy's post is where deputy-missing reports, in each format", () => {
    for (const document of layouts([LEAD, VACANT_DEPUTY, NURSE, WORRY])) {
      expect(names(document, "dsl"), document.format).toEqual(["Ms Perpetua Vance-Oyelaran"]);
      expect(run(leadMissing, document), document.format).toEqual([]);
      const deputy = run(deputyMissing, document);
      expect(deputy, document.format).toHaveLength(1);
      expect(found(deputy, document).join(" "), document.format).toMatch(/vacant/);
    }
  });

  it("'she is our lead for safeguarding' and 'is the club's safeguarding lead' read the same", () => {
    const ours = LEAD.replace(
      "She is the physio team's lead for safeguarding",
      "She is our lead for safeguarding",
    );
    const club =
      "**Youth Wellbeing Co-ordinator:** Mr Bartholomew Ugwu-Lind, Head Coach. He is the club's safeguarding lead and keeps the concern log.";
    for (const [paragraph, title, who] of [
      [ours, TITLE, "Ms Perpetua Vance-Oyelaran"],
      [club, "Eastfold Table Tennis Club: Safeguarding Policy", "Mr Bartholomew Ugwu-Lind"],
    ])
      for (const document of layouts([paragraph, WORRY], title)) {
        expect(names(document, "dsl"), document.format).toEqual([who]);
        expect(run(leadMissing, document), document.format).toEqual([]);
      }
  });
});

describe("near misses", () => {
  it("another body's lead for safeguarding is no lead of the service's", () => {
    const trusts = LEAD.replace("She is the physio team's lead", "She is the trust's lead");
    for (const document of layouts([trusts, NURSE, WORRY])) {
      expect(names(document, "dsl"), document.format).toEqual([]);
      expect(run(leadMissing, document), document.format).toHaveLength(1);
    }
  });

  it("a named nurse who supervises the link workers is no lead", () => {
    for (const document of layouts([NURSE, WORRY])) {
      expect(names(document, "dsl"), document.format).toEqual([]);
      expect(run(leadMissing, document), document.format).toHaveLength(1);
    }
  });
});
