/**
 * section-reference (the held-out set zz71), in our own words; every name is invented.
 * "(see section 5 – Minibus journeys)": a title after a dash straight inside the reference's own brackets, where
 * section 5 is "Volunteers and safer recruitment", no section has that title, section 5 never speaks of minibuses
 * or journeys and section 3 does — reported, saying where they are. A title sharing a word with section 5's, section
 * 5 speaking of it, words no section speaks of (an old title of the section, perhaps), or words after the dash that
 * are a clause, stay quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLES = [
  "About the group",
  "Who leads",
  "Out on the water",
  "Responding to a concern",
  "Volunteers and safer recruitment",
  "Contacts",
];

const TEXT: Record<string, string> = {
  "Out on the water":
    "Juniors travel to the river in the club minibus; on journeys over two hours the driver stops for a break.",
};

/** A six-section policy; `concern` is section 4's text, `five` replaces section 5's. */
function sections(
  concern: string,
  five = "Volunteers have an enhanced DBS check and give two references.",
): string[][] {
  return TITLES.map((t, i) => [
    t,
    i === 3 ? concern : i === 4 ? five : (TEXT[t] ?? `Our approach to ${t.toLowerCase()}.`),
  ]);
}

function markdown(concern: string, five?: string): string {
  return [
    "# Tidewell Canoe Club Juniors – Safeguarding Policy",
    "",
    ...sections(concern, five).flatMap(([t, body], i) => [`## ${i + 1}. ${t}`, "", body, ""]),
  ].join("\n");
}

const inMarkdown = (concern: string, five?: string) => {
  const document = markdownDocument(markdown(concern, five));
  return found(run(sectionReference, document), document);
};

const DRIVERS = "Drivers keep to the same rules on the road (see section 5 – Minibus journeys).";

describe("section-reference: a title after a dash inside the reference's brackets, no section of that title", () => {
  it("is reported where the section never mentions it (Markdown)", () => {
    const document = markdownDocument(markdown(DRIVERS));
    const reports = run(sectionReference, document);
    expect(found(reports, document)).toEqual(["section 5 – Minibus journeys"]);
    expect(reports[0].message).toContain(
      '"Volunteers and safer recruitment" and says nothing about it (section 3, "Out on the water", does)',
    );
  });

  it("is reported in a Word file and a PDF's text", () => {
    const html = [
      "<h1>Tidewell Canoe Club Juniors – Safeguarding Policy</h1>",
      ...sections(DRIVERS).map(([t, body], i) => `<h2>${i + 1}. ${t}</h2><p>${body}</p>`),
    ].join("\n");
    const word = wordDocument(html);
    expect(found(run(sectionReference, word), word)).toEqual(["section 5 – Minibus journeys"]);
    const pdf = pdfDocument(markdown(DRIVERS).replace(/^#+ /gm, ""));
    expect(found(run(sectionReference, pdf), pdf)).toEqual(["section 5 – Minibus journeys"]);
  });

  it("near miss: the section speaks of minibus journeys in its text", () => {
    expect(inMarkdown(DRIVERS, "Volunteers who drive the minibus on journeys hold a D1 licence.")).toEqual(
      [],
    );
  });

  it("near miss: words no section speaks of", () => {
    expect(
      inMarkdown("Drivers keep to the same rules on the road (see section 5 – Trailer towing)."),
    ).toEqual([]);
  });

  it("near miss: the title shares a word with the section's own", () => {
    expect(inMarkdown("New helpers are checked first (see section 5 – Recruitment of helpers).")).toEqual([]);
  });

  it("near miss: words after the dash that are a clause, not a title", () => {
    expect(inMarkdown("Drivers keep to the same rules (see section 5 – it says who may drive).")).toEqual([]);
  });

  it("near miss: a single word after the dash", () => {
    expect(inMarkdown("Drivers keep to the same rules (see section 5 – Driving).")).toEqual([]);
  });
});
