/**
 * deputy-missing (issue 11, the sixty-second held-out set, in our own words; every name is invented; as of
 * 1 December 2026). A setting of several sites names its lead in a sentence and each site's deputy in a table of
 * its own — | Site | Deputy Designated Safeguarding Lead | Telephone | — with no lead's column. A site whose deputy
 * cell is "vacant" (or "TBC") has no deputy, though the other sites' deputies are named. A deputies' table whose
 * first column is not the sites' (a list of deputies, one post vacant) is not a site without one.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkDocument, checkText, namesFor } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-01";

const INTRO = [
  "# Fernbank Hospital School — Safeguarding Policy",
  "",
  "## 2. Who is responsible",
  "",
  "Our Designated Safeguarding Lead is Mrs Nia Cardew, Headteacher (01632 960 810). Each site also has a deputy:",
  "",
];

function markdown(first: string, second: string): string {
  return [
    ...INTRO,
    `| ${first} | Deputy Designated Safeguarding Lead | Telephone |`,
    "| --- | --- | --- |",
    "| Ward classroom | Mr Owen Tellam, Teacher in Charge | 01632 960 811 |",
    `| Day unit | ${second} | 01632 960 812 |`,
    "| Home tuition | Ms Rhian Beddoe, Tuition Coordinator | 01632 960 813 |",
    "",
    "Tell the DSL or the site's deputy the same day.",
    "",
  ].join("\n");
}

describe("a site table with a deputy's column and no lead's", () => {
  it("reports the site whose deputy is vacant", () => {
    for (const gap of ["vacant", "TBC"]) {
      const found = checkText(deputyMissing, markdown("Site", gap), { asOf, format: "md" });
      expect(found.map((f) => f.message)).toEqual([expect.stringContaining(`"${gap}"`)]);
    }
  });

  it("reports it in a PDF's table blocks", () => {
    const text = [
      "Fernbank Hospital School — Safeguarding Policy",
      "Our Designated Safeguarding Lead is Mrs Nia Cardew, Headteacher (01632 960 810). Each site also has a deputy:",
      "Site Deputy Designated Safeguarding Lead Telephone",
      "Ward classroom Mr Owen Tellam, Teacher in Charge 01632 960 811",
      "Day unit vacant 01632 960 812",
      "Home tuition Ms Rhian Beddoe, Tuition Coordinator 01632 960 813",
      "",
    ].join("\n");
    const document = pdfDocument(text, [
      ["Site", "Deputy Designated Safeguarding Lead", "Telephone"],
      ["Ward classroom", "Mr Owen Tellam, Teacher in Charge", "01632 960 811"],
      ["Day unit", "vacant", "01632 960 812"],
      ["Home tuition", "Ms Rhian Beddoe, Tuition Coordinator", "01632 960 813"],
    ]);
    expect(checkDocument(deputyMissing, document, { asOf }).map((f) => f.message)).toEqual([
      expect.stringContaining('"vacant"'),
    ]);
  });

  it("near miss: every site with a deputy is no finding", () => {
    expect(checkText(deputyMissing, markdown("Site", "Mr Dafydd Prys"), { asOf, format: "md" })).toEqual([]);
  });

  it("near miss: a first column that is not the sites' is no finding", () => {
    expect(checkText(deputyMissing, markdown("Post", "vacant"), { asOf, format: "md" })).toEqual([]);
  });
});

describe("a bare Deputy column in a site table", () => {
  const federation = (heading: string, deputyHeader: string) =>
    [
      "# Hollowmere Schools Federation — Safeguarding Policy",
      "",
      "The Designated Safeguarding Lead for the federation is Mrs Rhian Okafor (01632 960 500). The Deputy Designated Safeguarding Lead is Mr Tom Bell (01632 960 501).",
      "",
      heading,
      "",
      `| School | Headteacher | ${deputyHeader} |`,
      "|---|---|---|",
      "| Oakfield Primary | Mrs Ana Cole | Mr Ben Ola |",
      "| Elm Infants | Mr Ian Petrie | Vacant |",
      "| Ash Juniors | Ms Kay Lund | Mrs Jo Barr |",
      "",
    ].join("\n");
  const found = (text: string) => checkText(deputyMissing, text, { asOf, format: "md" });

  it("is a deputy head, not a deputy lead, when nothing about it says safeguarding", () => {
    expect(found(federation("## The schools of the federation", "Deputy"))).toEqual([]);
    expect(found(federation("## The schools of the federation", "Deputies"))).toEqual([]);
  });

  it("names no deputy lead, so needs no lead training for the deputy heads", () => {
    const text = [
      federation("## The schools of the federation", "Deputy"),
      "## Training",
      "",
      "Rhian Okafor: Designated Safeguarding Lead training, March 2026. Tom Bell: Designated Safeguarding Lead training, March 2026.",
      "",
    ].join("\n");
    expect(namesFor(text, "md", "deputy")).toEqual(["Mr Tom Bell"]);
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    const safeguarding = text.replace(
      "## The schools of the federation",
      "## Each school's deputy safeguarding lead",
    );
    expect(namesFor(safeguarding, "md", "deputy")).toContain("Mr Ben Ola");
  });

  it("near miss: a deputy's column headed by a safeguarding role, or under a safeguarding heading, is the deputy lead's", () => {
    expect(found(federation("## The schools of the federation", "Deputy DSL"))).toHaveLength(1);
    expect(
      found(federation("## The schools of the federation", "Deputy Designated Safeguarding Lead")),
    ).toHaveLength(1);
    expect(found(federation("## Each school's deputy safeguarding lead", "Deputy"))).toHaveLength(1);
    expect(found(federation("Each school also has a deputy safeguarding lead:", "Deputy"))).toHaveLength(1);
  });
});
