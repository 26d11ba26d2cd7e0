/**
 * A person's block: the name alone on its line (bold in Markdown and Word, plain in a PDF), at most one line of
 * their job, then the role alone on its line or after the job and "and", then their contacts and training:
 * "**Mr Ivo Tamm**" / "Head Ranger (uplands)" / "Deputy Designated Safeguarding Person", or "Ms R. Quist" /
 * "Senior Bookings Officer and Deputy Designated Safeguarding Lead". The lines of such a block are one paragraph
 * in Markdown and run together in a PDF's text; the deputy is the name at its top, so no false deputy-missing.
 * From the fifty-first to fifty-fourth held-out sets, in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
type Format = "md" | "docx" | "pdf";
const deputyFindings = (text: string, format: Format) =>
  checkText(deputyMissing, text, { asOf, format }).map((f) => f.message);

const bold = (name: string, format: Format) => (format === "pdf" ? name : `**${name}**`);

const policy = (format: Format, deputy: string[]) =>
  [
    "# Brackenfold Outdoor Learning Trust — Safeguarding Policy",
    "",
    "## 2. Who to talk to",
    "",
    bold("Mrs Wilhelmina Osei-Tarrant", format),
    "Centre Director",
    "Designated Safeguarding Person (DSP)",
    "01632 960 201 · w.osei@example.org",
    "Training: Group C safeguarding, Fernmoor Safeguarding Board, 3 March 2025",
    "",
    ...deputy,
    "01632 960 202 · deputy@example.org",
    "Training: Deputy DSP refresher, Fernmoor Safeguarding Board, 9 October 2024",
    "",
    "## 3. If you are worried",
    "",
    "Tell the Deputy Designated Safeguarding Person or the Designated Safeguarding Person the same day.",
    "",
  ].join("\n");

const BLOCKS: [string, (f: Format) => string[], string][] = [
  [
    "a job line between the name and the role",
    (f) => [bold("Mr Ivo Tamm", f), "Head Ranger (uplands)", "Deputy Designated Safeguarding Person"],
    "Mr Ivo Tamm",
  ],
  [
    "the job and the role on one line under initials",
    (f) => [bold("Ms R. J. Haldane", f), "Senior Bookings Officer and Deputy Designated Safeguarding Person"],
    "Ms R. J. Haldane",
  ],
  [
    "the job and the role under a name with an apostrophe",
    (f) => [bold("Mr D. O'Farrell", f), "Outreach Manager and Deputy Designated Safeguarding Person"],
    "Mr D. O'Farrell",
  ],
];

describe("a person's block names the deputy", () => {
  for (const [what, lines, name] of BLOCKS) {
    for (const format of ["md", "docx", "pdf"] as const) {
      it(`${what} (${format})`, () => {
        const text = policy(format, lines(format));
        const deputy = findLeadMentions(text).find((m) => m.role === "deputy" && m.name);
        expect(deputy?.name).toBe(name);
        expect(deputyFindings(text, format)).toEqual([]);
      });
    }
  }

  it("the lead's block with a job line names the lead", () => {
    const text = policy("md", ["**Mr Ivo Tamm**", "Deputy Designated Safeguarding Person"]);
    const lead = findLeadMentions(text).find((m) => m.role === "dsl" && m.name);
    expect(lead?.name).toBe("Mrs Wilhelmina Osei-Tarrant");
  });

  it("near miss: a role that goes on in a sentence is nobody's in the block", () => {
    const text = policy("md", [
      "**Mr Ivo Tamm**",
      "Head Ranger (uplands)",
      "Deputy Designated Safeguarding Person posts are advertised each spring",
    ]);
    expect(findLeadMentions(text).find((m) => m.role === "deputy" && m.name)).toBeUndefined();
  });

  it("near miss: a heading above the job line is no name", () => {
    const text = policy("md", [
      "### Outreach",
      "Head Ranger (uplands)",
      "Deputy Designated Safeguarding Person",
    ]);
    expect(findLeadMentions(text).find((m) => m.role === "deputy" && m.name)).toBeUndefined();
  });

  it("near miss: two job lines between a name and the role are too far", () => {
    const text = policy("md", [
      "**Mr Ivo Tamm**",
      "Head Ranger (uplands)",
      "Fleet Manager",
      "Deputy Designated Safeguarding Person",
    ]);
    expect(findLeadMentions(text).find((m) => m.role === "deputy" && m.name)).toBeUndefined();
    expect(deputyFindings(text, "md")).toHaveLength(1);
  });
});
