/**
 * lead-missing, deputy-missing and training-stale (held-out set zz145), in our own words; every name is invented. A
 * rowing club's contacts are a heading per person, their details as labelled lines under it: "### Marta Penhallow" /
 * "Role: Welfare Officer (our safeguarding lead)" / "Phone: …" / "Training: …". The mirror of a role's heading with
 * "Name: …" under it: the name heading owns the "Role:" line (lead or deputy) and the "Training:" line under it. Stays
 * quiet: a job's heading ("### Captain") is no one, and a person whose Role line is no safeguarding role ("Role:
 * Treasurer") is neither lead nor deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

type Person = { heading: string; lines: string[] };

const LEAD: Person = {
  heading: "Marta Penhallow",
  lines: [
    "Role: Welfare Officer (our safeguarding lead)",
    "Phone: 07700 900611",
    "Training: Club Safeguarding Officer course, October 2025",
  ],
};
const DEPUTY: Person = {
  heading: "Owen Treloar",
  lines: [
    "Role: Deputy Welfare Officer, and Boathouse Manager",
    "Phone: 07700 900612",
    "Training: Safeguarding and Protecting Children, May 2023",
  ],
};
const CAPTAIN: Person = {
  heading: "Captain",
  lines: [
    "Role: Bea Quillam is Captain. She hears concerns about the Welfare Officer.",
    "Phone: 01632 960777",
  ],
};

const INTRO =
  "Any worry about a young rower goes to the Welfare Officer; if they cannot be reached, to the Deputy Welfare Officer.";

const layouts = (people: Person[]) => [
  markdownDocument(
    [
      "# Penmorvah Rowing Club Safeguarding Policy",
      "",
      "## 1. Welfare contacts",
      "",
      INTRO,
      "",
      ...people.flatMap((p) => [`### ${p.heading}`, "", ...p.lines, ""]),
      "## 2. Reporting",
      "",
      "Tell the Welfare Officer the same day.",
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      "<h1>Penmorvah Rowing Club Safeguarding Policy</h1>",
      "<h2>1. Welfare contacts</h2>",
      `<p>${INTRO}</p>`,
      ...people.map((p) => `<h3>${p.heading}</h3>${p.lines.map((l) => `<p>${l}</p>`).join("")}`),
      "<h2>2. Reporting</h2>",
      "<p>Tell the Welfare Officer the same day.</p>",
    ].join("\n"),
  ),
];

describe("a person's name heading owns the Role line under it", () => {
  it("names the lead and the deputy from their headings", () => {
    for (const document of layouts([LEAD, DEPUTY, CAPTAIN])) {
      expect(run(leadMissing, document)).toEqual([]);
      expect(run(deputyMissing, document)).toEqual([]);
    }
  });

  it("reads the Training line under the deputy's heading as the deputy's", () => {
    for (const document of layouts([LEAD, DEPUTY, CAPTAIN])) {
      const stale = run(trainingStale, document);
      expect(stale.map((r) => r.message).join(" | ")).toContain("Owen Treloar");
      expect(found(stale, document).join(" | ")).toContain("May 2023");
      expect(found(stale, document).join(" | ")).not.toContain("October 2025");
    }
  });

  it("finds the role after other labelled details", () => {
    const phoneFirst: Person = {
      heading: LEAD.heading,
      lines: [LEAD.lines[1], LEAD.lines[0], LEAD.lines[2]],
    };
    for (const document of layouts([phoneFirst, DEPUTY])) expect(run(leadMissing, document)).toEqual([]);
  });

  it.each(["Captain", "Safety Boat Crew", "Penmorvah Water"])(
    "stays quiet: a heading that is no one's name (%s)",
    (heading) => {
      const job: Person = { heading, lines: ["Role: Welfare Officer for the club", "Phone: 01632 960778"] };
      for (const document of layouts([job, DEPUTY])) expect(run(leadMissing, document)).toHaveLength(1);
    },
  );

  it("stays quiet: a Role line that is no safeguarding role makes no lead", () => {
    const treasurer: Person = {
      heading: "Marta Penhallow",
      lines: ["Role: Treasurer", "Phone: 07700 900611"],
    };
    for (const document of layouts([treasurer, DEPUTY, CAPTAIN]))
      expect(run(leadMissing, document)).toHaveLength(1);
  });
});
