/**
 * deputy-missing and training-undated (held-out set zz133), in our own words; every name is invented. A charity's
 * policy says "Each area has a **Safeguarding Lead**, who … covers for the Director of Safeguarding when she is
 * away:" over bullets "- East – Odile Brannagh, Outreach Manager, 07700 …", one an area. The holders after the spaced
 * dash are read as "East: Odile Brannagh" is: the role's named holders, several of them, so no deputy is missing; and
 * each holder's training paragraph is a lead's, so a certificate held without a date is reported. Near misses: a
 * bullet whose words after the dash are no name ("- Evenings – ring the on-call phone") names nobody, and a person
 * outside the list whose training is undated is not taken for a lead.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const INTRO =
  "Each area has a **Safeguarding Lead**, who makes the decisions on referrals in that area and covers for the Director of Safeguarding when she is away:";

const layouts = (items: string[], training: string[]): SourceDocument[] => [
  markdownDocument(
    [
      "# Riverlight Family Support Safeguarding Policy",
      "",
      "## 1. Who is responsible",
      "",
      "The **Director of Safeguarding**, Ms Halima Crossthwaite, leads safeguarding for the whole charity.",
      "",
      INTRO,
      "",
      ...items.map((i) => `- ${i}`),
      "",
      "## 2. Training",
      "",
      ...training.flatMap((t) => [t, ""]),
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Riverlight Family Support Safeguarding Policy</h1>",
      "<h2>1. Who is responsible</h2>",
      "<p>The <strong>Director of Safeguarding</strong>, Ms Halima Crossthwaite, leads safeguarding for the whole charity.</p>",
      `<p>${INTRO.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`,
      `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`,
      "<h2>2. Training</h2>",
      ...training.map((t) => `<p>${t.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
    ].join("\n"),
  ),
];

const AREAS = [
  "East – Odile Brannagh, Outreach Manager, 07700 900 311, o.brannagh@example.org",
  "Coast – Fergal Umeadi-Price, Family Worker Lead, 07700 900 312, f.umeadi@example.org",
  "West – Sunniva Holtby, Helpline Supervisor, 07700 900 313, s.holtby@example.org",
];
const TRAINING = [
  "**Odile Brannagh** completed the Designated Safeguarding Lead course on 14 March 2025.",
  "**Fergal Umeadi-Price** completed Level 3 safeguarding (Designated Safeguarding Lead) on 2 June 2025.",
  "**Sunniva Holtby** holds the Level 3 Designated Safeguarding Lead certificate; her certificates are kept by HR.",
];

describe("deputy-missing / training-undated: area holders after a spaced dash under 'Each area has a X, who …:'", () => {
  it("reads the holders as named: no deputy is missing", () => {
    for (const document of layouts(AREAS, TRAINING))
      expect(found(run(deputyMissing, document), document), document.format).toEqual([]);
  });
  it("reports the holder's certificate held without a date", () => {
    for (const document of layouts(AREAS, TRAINING)) {
      const reports = run(trainingUndated, document);
      expect(found(reports, document), document.format).toEqual([
        "the Level 3 Designated Safeguarding Lead certificate",
      ]);
      expect(reports[0].message, document.format).toContain("Sunniva Holtby");
    }
  });
  it("stays quiet about the undated training of someone outside the list", () => {
    const training = [...TRAINING.slice(0, 2), TRAINING[2].replace("Sunniva Holtby", "Ruaridh Penhallow")];
    for (const document of layouts(AREAS, training))
      expect(found(run(trainingUndated, document), document), document.format).toEqual([]);
  });
  it("reads no holder from an item whose words after the dash are no name", () => {
    const items = ["Evenings – ring the on-call phone on 07700 900 399", "Weekends – use the helpline rota"];
    for (const document of layouts(items, TRAINING.slice(0, 1))) {
      const reported = found(run(deputyMissing, document), document);
      expect(reported, document.format).toHaveLength(1);
    }
  });
  it("reads no holder from a body's desk after the dash ('Council Children's Services – Front Door: Tel: …')", () => {
    const items = [
      "Marlow Council Children's Services – Front Door: Tel: 01632 960 377",
      "Out of hours – Emergency Duty Team: 01632 960 378",
    ];
    for (const document of layouts(items, TRAINING.slice(0, 1))) {
      const reported = found(run(deputyMissing, document), document);
      expect(reported, document.format).toHaveLength(1);
    }
  });
});
