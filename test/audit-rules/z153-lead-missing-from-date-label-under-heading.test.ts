/**
 * lead-missing / training-missing (review 53), in our own words; every name is invented. Under the role's heading
 * ("## Designated Safeguarding Lead") the holder is written after a date's label: "From April 2026: Mr Idris Vane,
 * Artistic Director — 07700 900771", sometimes under the one before ("Until March 2026: Mrs Petra Lusk (now
 * retired)."). The name after the latest "From" (or "Since") is the lead now; the one after "Until" is a former
 * holder — no lead, and no training asked of her. A bare name under the heading was already read.
 * Near misses: only "Until March 2026: Mrs Petra Lusk" under the heading names no lead now (still reported).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const policy = (under: string[], separate = false): string =>
  [
    "# Lantern Lane Youth Theatre – Safeguarding Policy",
    "",
    "## Designated Safeguarding Lead",
    "",
    ...(separate ? under.flatMap((line) => [line, ""]) : [...under, ""]),
    "Deputy: Ms Carla Dunmore, Company Manager — 07700 900772.",
    "",
    "## Training",
    "",
    "Idris Vane: Designated Safeguarding Lead course completed 21 April 2026; refresher due April 2028.",
    "Carla Dunmore: Designated Safeguarding Lead course completed 5 May 2026.",
    "",
  ].join("\n");

const layouts = (under: string[], separate = false): SourceDocument[] => [
  markdownDocument(policy(under, separate)),
  wordDocument(
    [
      "<h1>Lantern Lane Youth Theatre – Safeguarding Policy</h1>",
      "<h2>Designated Safeguarding Lead</h2>",
      ...under.map((line) => `<p>${line}</p>`),
      "<p>Deputy: Ms Carla Dunmore, Company Manager — 07700 900772.</p>",
      "<h2>Training</h2>",
      "<p>Idris Vane: Designated Safeguarding Lead course completed 21 April 2026; refresher due April 2028.</p>",
      "<p>Carla Dunmore: Designated Safeguarding Lead course completed 5 May 2026.</p>",
    ].join("\n"),
  ),
];

const leadNames = (text: string) =>
  findLeadMentions(text)
    .filter((m) => m.role === "dsl")
    .flatMap((m) => m.names ?? (m.name ? [m.name] : []));

describe("lead-missing: the holder after a date's label under the role's heading", () => {
  it.each([
    [["From April 2026: Mr Idris Vane, Artistic Director — 07700 900771, idris@lanternlane.example."], false],
    [
      [
        "Until March 2026: Mrs Petra Lusk (now retired from the theatre).",
        "From April 2026: Mr Idris Vane, Artistic Director — 07700 900771.",
      ],
      false,
    ],
    [
      [
        "Until March 2026: Mrs Petra Lusk (now retired from the theatre).",
        "From April 2026: Mr Idris Vane, Artistic Director — 07700 900771.",
      ],
      true,
    ],
    [
      [
        "From September 2023: Mrs Petra Lusk, Founder.",
        "From 1 April 2026: Mr Idris Vane, Artistic Director — 07700 900771.",
      ],
      false,
    ],
    [
      [
        "From September 2023: Mrs Petra Lusk, Founder.",
        "From 1 April 2026: Mr Idris Vane, Artistic Director — 07700 900771.",
      ],
      true,
    ],
    [["Until 31/03/2026: Mrs Petra Lusk.", "From 01/04/2026 – Mr Idris Vane, Artistic Director."], false],
    [["Since September 2025: Mr Idris Vane (Artistic Director)."], false],
  ])("names the lead: %j (own paragraphs: %s)", (under, separate) => {
    for (const document of layouts(under, separate)) {
      expect(found(run(leadMissing, document), document), document.format).toEqual([]);
      expect(found(run(trainingMissing, document), document), document.format).toEqual([]);
    }
    const names = leadNames(policy(under, separate));
    expect(names.some((name) => /Idris Vane/.test(name))).toBe(true);
    expect(names.some((name) => /Petra Lusk/.test(name))).toBe(false);
  });

  it("still reports no lead when only a former holder is named", () => {
    for (const document of layouts(["Until March 2026: Mrs Petra Lusk (now retired from the theatre)."]))
      expect(found(run(leadMissing, document), document).length, document.format).toBe(1);
  });
});
