/**
 * lead-missing and deputy-missing (forty-second session, a snippet found by hand), in our own words; every name is
 * invented. A youth project names no "Designated Safeguarding Lead" at all: "The Head of Safeguarding, Ms Ines
 * Calloway-Bright, leads on all child protection matters at the project. Her deputy is Mr Ravi Tennant-Oyelowo." (or
 * "**Head of Safeguarding:** Ms …", or "Ms …, Head of Safeguarding, 01632 …"). With no other lead's title in the
 * policy, its own Head of Safeguarding is its lead, and "Her deputy" after it the deputy. Near misses: a trust's Head
 * of Safeguarding named as an outside contact ("the trust's Head of Safeguarding, Ms …, can be contacted on …",
 * "Trust Head of Safeguarding: Ms …", "Head of Safeguarding, Hollowmere Council") is no lead of the project, which
 * still names none; where the policy names its Designated Safeguarding Lead too, the DSL stays the lead and the Head
 * of Safeguarding is not read as a second one (no training asked of her); where it names the DSL's title with nobody
 * in it, the Head of Safeguarding does not fill it.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (roles: string[], training: string[] = []): SourceDocument[] => {
  const worried = "Call the NSPCC on 0808 800 5000.";
  return [
    markdownDocument(
      [
        "# Larchfield Youth Project – Safeguarding Policy",
        "",
        "Approved by the trustees on 12 February 2026.",
        "",
        "## 1. Roles",
        "",
        ...roles.flatMap((p) => [p, ""]),
        "## 2. Training",
        "",
        ...training.flatMap((p) => [p, ""]),
        "## 3. If you are worried",
        "",
        worried,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Larchfield Youth Project – Safeguarding Policy</h1>",
        "<p>Approved by the trustees on 12 February 2026.</p>",
        "<h2>1. Roles</h2>",
        ...roles.map((p) => `<p>${p.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>`),
        "<h2>2. Training</h2>",
        ...training.map((p) => `<p>${p}</p>`),
        "<h2>3. If you are worried</h2>",
        `<p>${worried}</p>`,
      ].join("\n"),
    ),
    pdfDocument(
      [
        "Larchfield Youth Project – Safeguarding Policy",
        "Approved by the trustees on 12 February 2026.",
        "1. Roles",
        ...roles.map((p) => p.replace(/\*\*/g, "")),
        "2. Training",
        ...training,
        "3. If you are worried",
        worried,
      ].join("\n"),
    ),
  ];
};

const TRAINED = [
  "Ines Calloway-Bright completed Designated Safeguarding Lead training on 9 May 2025.",
  "Ravi Tennant-Oyelowo completed Designated Safeguarding Lead training on 21 June 2025.",
];
const DEPUTY = "Her deputy is Mr Ravi Tennant-Oyelowo (Senior Youth Worker).";

describe("lead-missing: the policy's own Head of Safeguarding, where it names no other lead's title", () => {
  for (const lead of [
    "The Head of Safeguarding, Ms Ines Calloway-Bright, leads on all child protection matters at the project.",
    "**Head of Safeguarding:** Ms Ines Calloway-Bright, 01632 960 318",
    "Ms Ines Calloway-Bright, Head of Safeguarding, 01632 960 318",
  ])
    it(`reads "${lead.slice(0, 40)}…" as the lead, and "Her deputy" after it as the deputy`, () => {
      for (const document of layouts([lead, DEPUTY], TRAINED)) {
        expect(run(leadMissing, document), document.format).toEqual([]);
        expect(run(deputyMissing, document), document.format).toEqual([]);
      }
    });

  for (const outside of [
    "The trust's Head of Safeguarding, Ms Ines Calloway-Bright, can be contacted on 01632 960 318.",
    "**Trust Head of Safeguarding:** Ms Ines Calloway-Bright, 01632 960 318",
    "Ms Ines Calloway-Bright, Head of Safeguarding, Hollowmere Council, 01632 960 318",
    "Ms Ines Calloway-Bright, Head of Safeguarding at Hollowmere Diocese, reviews this policy every year.",
  ])
    it(`stays an error when the only Head of Safeguarding is another body's: "${outside.slice(0, 40)}…"`, () => {
      for (const document of layouts([outside]))
        expect(run(leadMissing, document), document.format).toHaveLength(1);
    });

  it("keeps the named DSL the lead: the Head of Safeguarding is not a second lead to train", () => {
    for (const document of layouts(
      [
        "Our Designated Safeguarding Lead is Ms Ines Calloway-Bright, 01632 960 318.",
        "**Head of Safeguarding:** Mr Toby Wrenfield-Ash, 01632 960 319",
        "Deputy Designated Safeguarding Lead: Mr Ravi Tennant-Oyelowo.",
      ],
      TRAINED,
    )) {
      expect(run(leadMissing, document), document.format).toEqual([]);
      expect(run(trainingMissing, document), document.format).toEqual([]);
    }
  });

  it("does not fill the DSL's empty place with the Head of Safeguarding", () => {
    for (const document of layouts([
      "Designated Safeguarding Lead: to be appointed.",
      "**Head of Safeguarding:** Ms Ines Calloway-Bright, 01632 960 318",
    ]))
      expect(run(leadMissing, document), document.format).toHaveLength(1);
  });
});
