/**
 * section-reference (held-out set zz133), in our own words; every name is invented. A sailing club's policy writes,
 * under "5. Capsize and rescue", that every rescue goes in "the numbered rescue log", and then says, under
 * "6. Allegations about staff", that the Commodore "first reads the rescue log entry described in section 4" — but
 * section 4 is "Changing and showers", which never mentions a rescue, a log or an entry. The thing the sentence says
 * section 4 describes is named, two of its own words side by side ("rescue log"), in one other section only:
 * reported at "section 4", pointing to section 5. Near misses: the right section; a thing in words every section
 * uses ("the procedure described in section 4"); a thing of one word ("the log described in section 4"); section 4
 * using one of the thing's words; two other sections naming it — each stays quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, run } from "../fixtures/structure/documents.js";
import { type NumberedSection, numberedSectionLayouts } from "../helpers/section-layouts.js";

type Section = NumberedSection;

const layouts = (sections: Section[]) =>
  numberedSectionLayouts("Harbourside Sailing Club – Safeguarding Policy", sections);

const policy = (
  thing: string,
  number: number,
  { changing = "", concern = "" }: { changing?: string; concern?: string } = {},
): Section[] => [
  {
    title: "Who this covers",
    body: ["This policy covers every instructor, helper and volunteer at the club."],
  },
  {
    title: "Who leads on safeguarding",
    body: ["Club Welfare Officer: Mrs Annika Stroud-Mbeki. Deputy: Mr Osian Pellow."],
  },
  {
    title: "Responding to a concern",
    body: [
      `If a young sailor tells you something worrying, listen, stay calm and tell the Club Welfare Officer the same day.${concern}`,
    ],
  },
  {
    title: "Changing and showers",
    body: [
      `Juniors change in the junior changing room, which adults do not enter while it is in use. Two adults stay within earshot outside the door.${changing}`,
    ],
  },
  {
    title: "Capsize and rescue",
    body: [
      "Only qualified instructors drive the safety boats. Every rescue is written in the numbered rescue log before the boats are put away, and parents are told the same day.",
    ],
  },
  {
    title: "Allegations about staff",
    body: [
      `Any allegation about an instructor goes to the Club Welfare Officer, who contacts the LADO within one working day. Where the allegation arises from a rescue, the Commodore first reads ${thing} described in section ${number}, then follows this section.`,
    ],
  },
];

describe("section-reference: a thing said to be described in a section that never names it", () => {
  it("reports the reference, pointing to the one section that names the thing", () => {
    for (const document of layouts(policy("the rescue log entry", 4))) {
      const reported = run(sectionReference, document);
      expect(found(reported, document), document.format).toEqual(["section 4"]);
      expect(reported[0].message).toContain('"the rescue log entry"');
      expect(reported[0].message).toContain('"Changing and showers"');
      expect(reported[0].message).toContain('section 5, "Capsize and rescue"');
    }
  });

  it("stays quiet for the right section, a generic or one-word thing, and a thing section 4 or two sections name", () => {
    for (const document of [
      ...layouts(policy("the rescue log entry", 5)),
      ...layouts(policy("the procedure", 4)),
      ...layouts(policy("the log", 4)),
      ...layouts(
        policy("the rescue log entry", 4, { changing: " Any fall is noted in the log by the door." }),
      ),
      ...layouts(policy("the rescue log entry", 4, { concern: " Check the rescue log too." })),
    ])
      expect(found(run(sectionReference, document), document), document.format).toEqual([]);
  });

  it("stays quiet when section 4 names the thing by its initials only ('the LADO'), reports it when it does not", () => {
    const concern =
      " Where an adult is involved, the Local Authority Designated Officer is told the same day.";
    for (const document of layouts(
      policy("the Local Authority Designated Officer", 4, {
        concern,
        changing: " A worry about an adult in the changing room goes to the LADO.",
      }),
    ))
      expect(found(run(sectionReference, document), document), document.format).toEqual([]);
    for (const document of layouts(policy("the Local Authority Designated Officer", 4, { concern }))) {
      const reported = run(sectionReference, document);
      expect(found(reported, document), document.format).toEqual(["section 4"]);
      expect(reported[0].message).toContain('section 3, "Responding to a concern"');
    }
    // "LA" alone in section 4 is not the officer's initials (review 48): still reported.
    for (const document of layouts(
      policy("the Local Authority Designated Officer", 4, {
        concern,
        changing: " We tell the LA when a junior misses ten sessions in a row.",
      }),
    ))
      expect(found(run(sectionReference, document), document), document.format).toEqual(["section 4"]);
  });

  it("stays quiet when the thing is an abbreviation the section spells out ('the LADO referral' in section 2)", () => {
    const sections: Section[] = [
      {
        title: "Key contacts",
        body: ["The LADO referral line is 01632 960500; the LADO referral form is on the office wall."],
      },
      {
        title: "Allegations against staff",
        body: [
          "The Commodore telephones the Local Authority Designated Officer on the same working day and keeps a note of the call.",
        ],
      },
      {
        title: "Who leads on safeguarding",
        body: [
          "Club Welfare Officer: Mrs Annika Stroud-Mbeki. Deputy: Mr Osian Pellow. Where an instructor is involved, the Commodore makes the LADO referral described in section 2.",
        ],
      },
    ];
    for (const document of layouts(sections))
      expect(found(run(sectionReference, document), document), document.format).toEqual([]);
  });
});
