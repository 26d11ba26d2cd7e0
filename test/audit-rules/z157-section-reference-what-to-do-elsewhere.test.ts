/**
 * section-reference (held-out set zz154), in our own words; every name is invented. A judo club's policy ends a
 * list of coaches' rules with "If a junior tells you something worrying, tell Farah the same day. Full details of
 * what to do are in section 5." — but section 5 is "Photographs and filming", and section 6 is "What to do if you
 * are worried about a junior". What the sentence says the section holds ("what to do", "how to report a concern")
 * is the opening of one other section's title, and section 5 never says it: reported at "section 5", pointing to
 * section 6. The sentence may say "Full details of … are in", "Guidance on … is given in", "… is set out in".
 * Near misses stay quiet: the right section; section 5 saying "what to do" itself; two sections whose titles say
 * it; no section titled so ("Responding to a concern" says it in other words); the pointer written inside the
 * section whose title says it.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, run } from "../fixtures/structure/documents.js";
import { type NumberedSection, numberedSectionLayouts } from "../helpers/section-layouts.js";

type Section = NumberedSection;

const layouts = (sections: Section[]) =>
  numberedSectionLayouts("Tannery Lane Judo Club – Safeguarding Policy", sections);

const policy = (
  pointer: string,
  {
    photos = "",
    worriedTitle = "What to do if you are worried about a junior",
    allegationsTitle = "Concerns about a coach",
    pointerIn = 4,
  }: { photos?: string; worriedTitle?: string; allegationsTitle?: string; pointerIn?: number } = {},
): Section[] => {
  const sections: Section[] = [
    { title: "Why we have this policy", body: ["Every junior member has the right to train safely."] },
    {
      title: "Who is responsible",
      body: ["Our Welfare Officer is Farah Quennell-Odu (07700 900 418). There is no deputy at present."],
    },
    {
      title: "Training and checks",
      body: ["Every coach holds an enhanced DBS check, renewed every three years."],
    },
    {
      title: "What every coach does",
      body: ["Coaches never give lifts to a junior alone, and contact juniors only through their parents."],
    },
    {
      title: "Photographs and filming",
      body: [
        `We post photographs only of juniors whose parents have agreed, and never with a surname.${photos}`,
      ],
    },
    {
      title: worriedTitle,
      body: [
        "If a junior is in danger now, call 999. Otherwise listen, write down what was said, and tell Farah the same day.",
      ],
    },
    {
      title: allegationsTitle,
      body: ["Farah tells the LADO within one working day and the coach steps back from sessions meanwhile."],
    },
  ];
  sections[pointerIn - 1].body.push(pointer);
  return sections;
};

const WORRIED = "If a junior tells you something worrying, tell Farah the same day.";

describe("section-reference: what the sentence says the section holds opens another section's title", () => {
  it("reports the reference, pointing to the section whose title says it", () => {
    for (const pointer of [
      `${WORRIED} Full details of what to do are in section 5.`,
      `${WORRIED} What to do is set out in section 5.`,
      `${WORRIED} Guidance on what to do next is given in section 5.`,
    ])
      for (const document of layouts(policy(pointer))) {
        const reported = run(sectionReference, document);
        expect(found(reported, document), `${document.format}: ${pointer}`).toEqual(["section 5"]);
        expect(reported[0].message).toContain('"Photographs and filming"');
        expect(reported[0].message).toContain('section 6, "What to do if you are worried about a junior"');
      }
  });

  it("reads 'how to …' as well: 'Information on how to report a concern is in section 5'", () => {
    const pointer = "Information on how to report a concern is in section 5.";
    for (const document of layouts(policy(pointer, { worriedTitle: "How to report a concern" }))) {
      const reported = run(sectionReference, document);
      expect(found(reported, document), document.format).toEqual(["section 5"]);
      expect(reported[0].message).toContain('"How to report a concern" is section 6');
    }
  });

  it("stays quiet for the right section, a section that says it, two titles that say it, or none", () => {
    const pointer = `${WORRIED} Full details of what to do are in section 5.`;
    for (const document of [
      ...layouts(policy(`${WORRIED} Full details of what to do are in section 6.`)),
      ...layouts(policy(pointer, { photos: " If you are unsure what to do about a photograph, ask Farah." })),
      ...layouts(policy(pointer, { allegationsTitle: "What to do about a concern about a coach" })),
      ...layouts(policy(pointer, { worriedTitle: "Responding to a concern" })),
      ...layouts(policy("Full details of what to do are in section 5.", { pointerIn: 6 })),
    ])
      expect(found(run(sectionReference, document), document), document.format).toEqual([]);
  });
});
