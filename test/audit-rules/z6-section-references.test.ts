/**
 * Internal references in three more shapes real policies write them: a procedure named in the reference's
 * sentence in another form than its section's title ("follow the uncollected child procedure (see section 4)"
 * where section 3 is "Uncollected children" and section 4 is about photographs); a numbered paragraph that does
 * not exist ("as described in paragraph 5.4" where section 5 has 5.1 to 5.3); and an appendix that does not exist
 * ("the consent form is in Appendix D" where the appendices are A to C). Paragraphs are checked only where the
 * policy numbers its paragraphs under that section, appendices only where it has appendices of that kind, and
 * other documents' paragraphs and appendices ("paragraph 14 of KCSIE", "Annex B of Working Together",
 * "appendix 9 of the full policy") are never this policy's. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

interface Section {
  title: string;
  body?: string;
  sub?: string[];
}

const SECTIONS: Section[] = [
  { title: "Purpose" },
  { title: "Who to tell", sub: ["The lead", "When the lead is away"] },
  { title: "Uncollected children" },
  { title: "Photographs and phones" },
  { title: "Outings", sub: ["Planning an outing", "Transport", "Swimming"] },
  { title: "Review" },
];

const APPENDICES = ["Consent form", "Useful numbers", "Incident log"];

type Layout = "md" | "pdf" | "docx";

/** A library homework club's policy: six numbered sections, two with numbered paragraphs, three appendices. */
function policy(body: Record<number, string>, layout: Layout = "md", appendices = APPENDICES) {
  const md: string[] = ["# Tollgate Library Homework Club — Safeguarding Policy", ""];
  const html: string[] = ["<h1>Tollgate Library Homework Club — Safeguarding Policy</h1>"];
  const heading = (depth: number, text: string) => {
    md.push(layout === "pdf" ? text : `${"#".repeat(depth)} ${text}`, "");
    html.push(`<h${depth}>${text}</h${depth}>`);
  };
  const para = (text: string) => {
    md.push(text, "");
    html.push(`<p>${text}</p>`);
  };
  for (const [i, section] of SECTIONS.entries()) {
    const n = i + 1;
    heading(2, `${n}. ${section.title}`);
    para(body[n] ?? `What the club does about ${section.title.toLowerCase()}.`);
    for (const [j, sub] of (section.sub ?? []).entries()) {
      heading(3, `${n}.${j + 1} ${sub}`);
      para(`What volunteers do: ${sub.toLowerCase()}.`);
    }
  }
  for (const [i, title] of appendices.entries()) {
    heading(2, `Appendix ${String.fromCharCode(65 + i)}: ${title}`);
    para(`The ${title.toLowerCase()}, to print and fill in.`);
  }
  const text = md.join("\n");
  if (layout === "docx") return wordDocument(html.join("\n"));
  if (layout === "pdf") return pdfDocument(text.replace(/^# /, ""));
  return markdownDocument(text);
}

const LAYOUTS: Layout[] = ["md", "pdf", "docx"];

describe("section-reference: a procedure named in another form than its section's title", () => {
  const body = {
    1: "If a child has not been collected by six, follow the uncollected child procedure (see section 4) and ring the parents.",
  };

  for (const layout of LAYOUTS)
    it(`reports 'the uncollected child procedure (see section 4)' when that is section 3 (${layout})`, () => {
      const document = policy(body, layout);
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["section 4"]);
      expect(reported[0].message).toBe(
        'The policy points to section 4 for "Uncollected children", but section 4 is "Photographs and phones" ("Uncollected children" is section 3) — correct the reference',
      );
    });

  it("leaves it alone when the number is right, or the sentence also names the section's own subject", () => {
    for (const text of [
      "If a child has not been collected by six, follow the uncollected child procedure (see section 3).",
      "Photographs of an uncollected child are never taken (see section 4).",
      "A child on an outing who is not collected stays with two volunteers (see section 5).",
    ])
      expect(run(sectionReference, policy({ 1: text }))).toEqual([]);
  });
});

describe("section-reference: a numbered paragraph that does not exist", () => {
  for (const layout of LAYOUTS)
    it(`reports 'as described in paragraph 5.4' when section 5 has 5.1 to 5.3 (${layout})`, () => {
      const document = policy(
        {
          4: "Volunteers take no photographs on outings, as described in paragraph 5.4, except for the club album.",
        },
        layout,
      );
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["paragraph 5.4"]);
      expect(reported[0].message).toBe(
        'The policy refers to paragraph 5.4, but section 5 has no paragraph 5.4 (it has 5.1 to 5.3, the last "Swimming") — correct the number, or name the paragraph instead',
      );
    });

  it("reports 'see para. 2.3' and 'set out in paragraph 2.4' in the same way", () => {
    const document = policy({
      1: "Tell the lead at once (see para. 2.3), as set out in paragraph 2.4 for volunteers.",
    });
    expect(found(run(sectionReference, document), document)).toEqual(["para. 2.3", "paragraph 2.4"]);
  });

  it("leaves alone a paragraph that exists, other documents' paragraphs, and paragraphs the policy does not number", () => {
    const body = {
      1: [
        "Volunteers never drive children themselves, as set out in paragraph 5.2.",
        "Paragraph 14 of Keeping Children Safe in Education reminds us that abuse can happen anywhere.",
        "The council's procedures (see paragraph 3.4 of the Tollgate Safeguarding Partnership procedures) say the same.",
        "As set out in paragraph 7, volunteers sign in.",
        // Section 6 has no numbered paragraphs: a paragraph under it is not something the policy numbers.
        "The review is explained in paragraph 6.2.",
      ].join(" "),
    };
    for (const layout of LAYOUTS) expect(run(sectionReference, policy(body, layout))).toEqual([]);
  });
});

describe("section-reference: an appendix that does not exist", () => {
  for (const layout of LAYOUTS)
    it(`reports 'the incident form is in Appendix D' when the appendices are A to C (${layout})`, () => {
      const document = policy(
        { 2: "Write down what you saw. The incident form and the out-of-hours numbers are in Appendix D." },
        layout,
      );
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["Appendix D"]);
      expect(reported[0].message).toBe(
        "The policy refers to Appendix D, but it has no Appendix D (its appendices are A to C) — add the appendix, or correct the reference",
      );
    });

  it("reports a wrapped reference in a PDF's text", () => {
    const document = policy(
      {
        2: "Write down what you saw. The incident form and the out-of-hours numbers are in\nAppendix E, at the back.",
      },
      "pdf",
    );
    expect(found(run(sectionReference, document), document)).toEqual(["Appendix E"]);
  });

  it("leaves alone appendices that exist, other documents' appendices and annexes, and a policy with none", () => {
    const body = {
      2: [
        "Parents sign the consent form (see Appendix A) and keep Appendix B by the phone.",
        "Annex B of Keeping Children Safe in Education describes specific harms.",
        "The full council policy has more forms (see appendix 9 of the full policy).",
        "Appendix D to Working Together sets out the local arrangements.",
        "Our annual return follows Annex C.",
      ].join(" "),
    };
    for (const layout of LAYOUTS) expect(run(sectionReference, policy(body, layout))).toEqual([]);
    // An appendix the policy says is kept apart from it.
    const apart = {
      2: [
        "The referral flowchart (Appendix D, a separate document) hangs in the office.",
        "Volunteers sign the code in Appendix E, available from the library desk.",
        "The risk assessment is Appendix F (kept on the shared drive).",
      ].join(" "),
    };
    expect(run(sectionReference, policy(apart))).toEqual([]);
    // A policy with no appendices at all: "Appendix C" is most likely a document kept elsewhere.
    expect(run(sectionReference, policy({ 2: "The incident form is in Appendix C." }, "md", []))).toEqual([]);
  });
});

describe("section-reference: appendices in a hostile file", () => {
  it("reads 'Appendix' and a title line followed by a long run of spaces in time proportional to it", () => {
    // A ratio, never a wall time: ten times the spaces may take at most forty times as long (the old title
    // expression took over two minutes at 200,000 spaces).
    const time = (count: number) => {
      const spaces = " ".repeat(count);
      const text = [
        "# Hostile",
        "",
        `Appendix A${spaces}x`,
        "",
        `See Appendix${spaces}B and Appendix${spaces}`,
        "",
        `## Appendix B${spaces}`,
        "",
      ].join("\n");
      const started = performance.now();
      run(sectionReference, markdownDocument(text));
      return performance.now() - started;
    };
    time(20_000);
    const small = Math.min(time(20_000), time(20_000), time(20_000));
    expect(time(200_000) / Math.max(small, 1)).toBeLessThan(40);
  });
});
