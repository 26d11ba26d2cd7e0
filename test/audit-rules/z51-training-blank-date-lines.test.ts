/**
 * training-undated / training-stale (held-out sets zz51, zz54), in our own words; every name is invented. As of 3
 * December 2026. A person's block of courses, each "Course, provider -- date" with the template's word "date" left
 * where the date goes:
 * - a Gaelic surname with its article ("Morag Nic a' Bhàird", written "a\'" by a converter to Markdown) is the whole
 *   name, so the block under it is hers and the undated course is reported as hers;
 * - in a Word file's text (no Markdown hard break), hard-wrapped prose around it, the line after "-- date" ("Member
 *   of the PVG Scheme since 2018") is not the course's date: the course is undated, not stale.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

/** Prose hard-wrapped at about 70 columns, as pandoc or a typed Word file gives it. */
const WRAPPED = [
  "Glenbrae Piping and Fiddle School runs weekend classes for young people",
  "aged eight to eighteen in the village hall, with tutors who are members",
  "of the PVG Scheme and volunteers who help with the breaks and the teas.",
  "Everyone who helps with the classes reads this policy before the first",
  "weekend of the term and signs to say that they have read it and will",
  "follow it, and the committee checks that every signature is on file.",
];

function policy(contact: string, training: string[], hardBreak = ""): string {
  return [
    "# Glenbrae Piping and Fiddle School: Child Protection Policy",
    "",
    ...WRAPPED,
    "",
    "## Who to contact",
    "",
    "### Child Protection Co-ordinator",
    "",
    `${contact}${hardBreak}`,
    "07700 900 321",
    "",
    "### Depute Child Protection Co-ordinator",
    "",
    `Mr Ruaridh Lennox${hardBreak}`,
    "07700 900 322",
    "",
    "## Training",
    "",
    ...training,
    "",
    "## Concerns",
    "",
    "Tell the Co-ordinator the same day, and write down what you saw and heard.",
  ].join("\n");
}

const run = (text: string, format: "md" | "docx" = "md") => ({
  undated: checkText(undated, text, { asOf, format }).map((f) => f.message),
  stale: checkText(stale, text, { asOf, format }).map((f) => f.message),
});

describe("a Gaelic surname with its article names the block's person", () => {
  it("reports the undated course as hers (Markdown escape of the apostrophe)", () => {
    const r = run(
      policy(
        "Morag Nic a\\' Bhàird",
        [
          "**Morag Nic a\\' Bhàird**",
          "",
          "-   Child protection course for co-ordinators, Strathbrae Child",
          "    Protection Committee -- date",
          "-   Safer recruitment -- 4 March 2025",
          "",
          "**Mr Ruaridh Lennox**",
          "",
          "-   Child protection course for co-ordinators -- 9 June 2025",
        ],
        "\\",
      ),
    );
    expect(r.undated).toHaveLength(1);
    expect(r.undated[0]).toMatch(/^Morag Nic a'\s?Bhàird's Child protection course for co-ordinators/);
  });

  it("reads a curly apostrophe the same", () => {
    const r = run(
      policy("Morag Nic a’ Bhàird", [
        "**Morag Nic a’ Bhàird**",
        "",
        "- Child protection course for co-ordinators -- date",
        "",
        "**Mr Ruaridh Lennox**",
        "",
        "- Child protection course for co-ordinators -- 9 June 2025",
      ]),
    );
    expect(r.undated).toHaveLength(1);
    expect(r.undated[0]).toMatch(/^Morag Nic a’ Bhàird's Child protection course/);
  });

  it("near miss: a lone lower-case 'a' still ends a name", () => {
    const r = run(
      policy("Morag Bain", [
        "**Morag Bain**",
        "",
        "- Child protection course for co-ordinators -- date",
        "",
        "**Mr Ruaridh Lennox**",
        "",
        "- Child protection course for co-ordinators -- 9 June 2025",
      ]),
    );
    expect(r.undated).toHaveLength(1);
    expect(r.undated[0]).toMatch(/^Morag Bain's /);
  });
});

describe("Word's lines: the line after '-- date' is not the course's date", () => {
  const training = (second: string) => [
    "**Mr Ruaridh Lennox**",
    "Child protection course for co-ordinators (Strathbrae CPC) -- 9 June 2025",
    "",
    "**Morag Bain**",
    "Child protection refresher (Glenbrae in-house) -- date",
    second,
  ];

  it("reports the course undated, not stale from the next line's year", () => {
    const r = run(policy("Morag Bain", training("Member of the PVG Scheme since 2018")), "docx");
    expect(r.stale).toEqual([]);
    expect(r.undated).toHaveLength(1);
    expect(r.undated[0]).toMatch(
      /^Morag Bain's Child protection refresher \(Glenbrae in-house\) is listed without/,
    );
  });

  it("near miss: a course whose date is wrapped onto the next line keeps it", () => {
    const r = run(
      policy("Morag Bain", [
        "**Mr Ruaridh Lennox**",
        "Child protection course for co-ordinators (Strathbrae CPC) -- 9 June 2025",
        "",
        "**Morag Bain**",
        "Child protection course for co-ordinators (Strathbrae Child Protection -- 12",
        "March 2021",
      ]),
      "docx",
    );
    expect(r.undated).toEqual([]);
    expect(r.stale).toHaveLength(1);
    expect(r.stale[0]).toMatch(/^Morag Bain's .*March 2021/);
  });
});
