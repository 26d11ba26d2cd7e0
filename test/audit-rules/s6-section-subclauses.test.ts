/**
 * References to the lettered sub-paragraphs of a numbered paragraph ("see 3.2(d)", "paragraph 5(c)(iii)") and to
 * appendices numbered in Roman numerals or words ("Appendix IV", "Appendix Four"). Checked only where the policy
 * numbers its parts that way — the paragraph has lettered items (a), (b) …, the appendices are titled I, II … or
 * One, Two … — and never another document's or an Act's ("section 11(2) of the Children Act 2004", "regulation
 * 5(2)(d)", "Appendix IV of Working Together"). In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

type Layout = "md" | "pdf" | "docx";
const LAYOUTS: Layout[] = ["md", "pdf", "docx"];

interface Options {
  /** How the appendices are numbered. */
  appendices?: "roman" | "words" | "digits";
}

const APPENDIX_IDS = {
  roman: ["I", "II", "III"],
  words: ["One", "Two", "Three"],
  digits: ["1", "2", "3"],
};

/** Writes a policy as Markdown, as a PDF's flattened text (headings as plain lines) or as Word. */
function writer(title: string, layout: Layout) {
  const md: string[] = [`# ${title}`, ""];
  const html: string[] = [`<h1>${title}</h1>`];
  return {
    heading(depth: number, text: string) {
      md.push(layout === "pdf" ? text : `${"#".repeat(depth)} ${text}`, "");
      html.push(`<h${depth}>${text}</h${depth}>`);
    },
    para(text: string) {
      md.push(text, "");
      html.push(`<p>${text}</p>`);
    },
    document() {
      const text = md.join("\n");
      if (layout === "docx") return wordDocument(html.join("\n"));
      if (layout === "pdf") return pdfDocument(text.replace(/^# /, ""));
      return markdownDocument(text);
    },
  };
}

/**
 * A youth theatre's policy: five numbered sections; 3.2 lists what a chaperone does in lettered items (a) to (c);
 * section 5 lists its steps (a) to (d), step (c) with Roman items (i) and (ii); three appendices.
 */
function policy(sentence: string, layout: Layout = "md", options: Options = {}) {
  const { heading, para, document } = writer("Brightwater Youth Theatre — Safeguarding Policy", layout);
  heading(2, "1. Purpose");
  para(`The theatre keeps every young performer safe. ${sentence}`);
  heading(2, "2. Who to tell");
  para("Tell the welfare lead, Orla Kemble, the same evening.");
  heading(2, "3. Chaperones");
  heading(3, "3.1 Who may chaperone");
  para("Chaperones hold a council licence.");
  heading(3, "3.2 What a chaperone does");
  para("A chaperone:");
  para("(a) signs each child in and out;");
  para("(b) stays with the children between scenes;");
  para("(c) hands each child only to a named adult.");
  heading(2, "4. Photographs");
  para("Nobody films rehearsals.");
  heading(2, "5. Steps after a disclosure");
  para("(a) Listen, and do not promise secrecy.");
  para("(b) Write down the child's words.");
  para("(c) Tell the welfare lead:");
  para("(i) in person, the same evening; or");
  para("(ii) by phone, when the lead is not in the building.");
  para("(d) Keep the note locked away.");
  const ids = APPENDIX_IDS[options.appendices ?? "roman"];
  for (const [i, title] of ["Consent form", "Chaperone rota", "Useful numbers"].entries())
    heading(2, `Appendix ${ids[i]}: ${title}`);
  return document();
}

describe("section-reference: a lettered sub-paragraph that does not exist", () => {
  for (const layout of LAYOUTS) {
    it(`reports 'see 3.2(d)' when 3.2 has (a) to (c) (${layout})`, () => {
      const document = policy("Chaperones sign the register (see 3.2(d)).", layout);
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["3.2(d)"]);
      expect(reported[0].message).toBe(
        "The policy refers to 3.2(d), but 3.2 has no item (d) (its items are (a) to (c)) — correct the reference",
      );
    });

    it(`reports 'paragraph 5(e)' and 'paragraph 5(c)(iii)' (${layout})`, () => {
      const document = policy(
        "Keep notes as set out in paragraph 5(e), and phone as in paragraph 5(c)(iii).",
        layout,
      );
      expect(found(run(sectionReference, document), document)).toEqual([
        "paragraph 5(e)",
        "paragraph 5(c)(iii)",
      ]);
    });

    it(`leaves alone the items that exist (${layout})`, () => {
      const sentence =
        "Chaperones sign children out (see 3.2(a)) and stay with them, as in section 3.2(b); after a disclosure, follow paragraph 5(c)(ii) and 5(d).";
      expect(run(sectionReference, policy(sentence, layout))).toEqual([]);
    });

    it(`never checks an Act's or another document's sub-sections (${layout})`, () => {
      const sentence = [
        "Agencies co-operate under section 11(2) of the Children Act 2004 and section 47(1)(b) of the Children Act 1989.",
        "Part 5 of Keeping Children Safe in Education covers child-on-child abuse.",
        "Licences follow regulation 5(2)(d) of the performance regulations.",
        "The council's guidance (paragraph 3.2(f) of the Brightwater chaperone handbook) says the same.",
      ].join(" ");
      expect(run(sectionReference, policy(sentence, layout))).toEqual([]);
    });
  }

  it("says nothing where the paragraph has no lettered items: the policy does not number its parts that way", () => {
    expect(run(sectionReference, policy("Licences are checked (see 3.1(c))."))).toEqual([]);
  });
});

describe("section-reference: appendices in Roman numerals and words", () => {
  for (const layout of LAYOUTS) {
    it(`reports 'Appendix IV' when the appendices are I to III (${layout})`, () => {
      const document = policy("The emergency numbers are in Appendix IV.", layout);
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["Appendix IV"]);
      expect(reported[0].message).toBe(
        "The policy refers to Appendix IV, but it has no Appendix IV (its appendices are I to III) — add the appendix, or correct the reference",
      );
    });

    it(`reports 'Appendix Four' when the appendices are One to Three (${layout})`, () => {
      const document = policy("The rota is in Appendix Four.", layout, { appendices: "words" });
      expect(found(run(sectionReference, document), document)).toEqual(["Appendix Four"]);
    });

    it(`leaves alone appendices that exist, in any of the ways of writing their numbers (${layout})`, () => {
      const sentence =
        "The consent form is Appendix II; the rota is Appendix Two; the numbers are in Appendix 3.";
      expect(run(sectionReference, policy(sentence, layout))).toEqual([]);
      expect(run(sectionReference, policy(sentence, layout, { appendices: "words" }))).toEqual([]);
      expect(run(sectionReference, policy(sentence, layout, { appendices: "digits" }))).toEqual([]);
    });
  }

  it("reports 'Appendix Five' in a policy whose appendices are 1 to 3", () => {
    const document = policy("Incident forms are in Appendix Five.", "md", { appendices: "digits" });
    expect(found(run(sectionReference, document), document)).toEqual(["Appendix Five"]);
  });

  it("never reports another document's appendix", () => {
    const sentence =
      "Appendix IV of Working Together to Safeguard Children lists the agencies; Appendix Six of the council's handbook has the forms.";
    expect(run(sectionReference, policy(sentence))).toEqual([]);
  });
});

/**
 * A playgroup's policy whose numbered paragraph lists its steps in Roman numerals straight away, with no lettered
 * items above them: "3.1(iv)" where 3.1 has (i) to (iii) is missing; "3.1(ii)" is there.
 */
function romanPolicy(sentence: string, layout: Layout) {
  const { heading, para, document } = writer("Little Acorns Playgroup — Safeguarding Policy", layout);
  heading(2, "1. Our aims");
  para("Every child at the playgroup is kept safe.");
  heading(2, "3. Arriving and leaving");
  heading(3, "3.1 At the door");
  para("(i) A member of staff greets each family and ticks the register.");
  para("(ii) Children leave only with an adult on their collection list.");
  para("(iii) Staff phone the second contact if nobody comes by half past twelve.");
  heading(3, "3.2 Visitors");
  para(`Visitors sign the book. ${sentence}`);
  return document();
}

describe("section-reference: a paragraph whose items are numbered (i), (ii) … from the start", () => {
  for (const layout of LAYOUTS) {
    it(`reports 'see 3.1(iv)' when 3.1 has (i) to (iii) (${layout})`, () => {
      const document = romanPolicy("If a child is still waiting, follow 3.1(iv).", layout);
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["3.1(iv)"]);
      expect(reported[0].message).toBe(
        "The policy refers to 3.1(iv), but 3.1 has no item (iv) (its items are (i) to (iii)) — correct the reference",
      );
    });

    it(`leaves alone 'see 3.1(ii)' and 'see 3.1(iii)' (${layout})`, () => {
      const document = romanPolicy("Collection is as in 3.1(ii); late collection as in 3.1(iii).", layout);
      expect(run(sectionReference, document)).toEqual([]);
    });
  }
});
