/**
 * Three more shapes a model policy's gaps take when nobody fills them in: an instruction or a field's name in
 * angle brackets ("<enter name of lead>", which pandoc writes "\<enter name of lead\>"), a role in square
 * brackets where the person's name should go ("[nominated trustee]"), and a phone number whose last digits are
 * X's ("0117 49XXXX"). None of these is HTML, a Markdown link, a footnote, an editor's note in a quotation, a
 * tick box or a form's signature line. Names, numbers and wording are fictional (Ofcom's drama ranges).
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

function inMarkdown(body: string): string[] {
  const document = markdownDocument(`# Safeguarding policy\n\n${body}\n`);
  return found(run(placeholderText, document), document);
}

describe("a field's name or an instruction in angle brackets", () => {
  it("is a placeholder in Markdown (pandoc's escapes or not), in a Word file and in a PDF", () => {
    const markdown = "Deputy Safeguarding Officer: \\<enter name of deputy\\>\n";
    const document = markdownDocument(`# Policy\n\n${markdown}`);
    const reported = run(placeholderText, document);
    expect(reported.map((r) => r.excerpt)).toEqual(["\\<enter name of deputy\\>"]);
    expect(reported[0].message).toBe(
      '"<enter name of deputy>" is a placeholder left over from the template — replace it with the real details, or delete it',
    );
    const word = wordDocument("<h1>Policy</h1><p>Safeguarding trustee: &lt;insert full name&gt;</p>");
    expect(found(run(placeholderText, word), word)).toEqual(["<insert full name>"]);
    const pdf = pdfDocument("Policy\nConcerns go to <Name of school>'s office on <office phone number>.\n");
    expect(found(run(placeholderText, pdf), pdf)).toEqual(["<Name of school>", "<office phone number>"]);
    expect(inMarkdown("Signed by <name> on <date>.")).toEqual(["<name>", "<date>"]);
    expect(inMarkdown("Safeguarding trustee: \\<nominated trustee\\>; deputy: <Deputy DSL>.")).toEqual([
      "\\<nominated trustee\\>",
      "<Deputy DSL>",
    ]);
    expect(inMarkdown("Our lead is <DSL name>, reached on <DSL email>.")).toEqual([
      "<DSL name>",
      "<DSL email>",
    ]);
  });

  it("leaves HTML, autolinks and comments in a Markdown policy alone", () => {
    for (const line of [
      "Online safety lead: <mark>Gethin Morgan</mark><br>",
      '<a name="reporting"></a>Report at once. <span class="note">Keep notes.</span>',
      "Read <https://www.example.org/name-and-date> or write to <office@example.org>.",
      "<!-- enter the date once the committee has met -->",
      "<address>Unit 4, Mill Lane</address>",
      "Children under 5 <and> over 3 years old <for example> in the baby room.",
      "Ask <the lead> or <a deputy> if unsure.",
    ])
      expect(inMarkdown(line), line).toEqual([]);
  });
});

describe("a role in square brackets where a name should be", () => {
  it("is a placeholder, in any of the places a name goes", () => {
    expect(
      inMarkdown("Trustee who leads on safeguarding: [nominated trustee], reached through the office."),
    ).toEqual(["[nominated trustee]"]);
    expect(inMarkdown("If the lead is away, tell \\[Deputy DSL\\] at once.")).toEqual(["\\[Deputy DSL\\]"]);
    expect(inMarkdown("| Club Welfare Officer | [club welfare officer] |\n| - | - |")).toEqual([
      "[club welfare officer]",
    ]);
    expect(inMarkdown("[Chair of Governors] signs the policy each year.")).toEqual(["[Chair of Governors]"]);
    // Pandoc writes a highlighted placeholder from a Word file as a span around the escaped brackets.
    expect(inMarkdown("Safeguarding trustee: [\\[named trustee\\]]{.mark}")).toEqual(["\\[named trustee\\]"]);
    const word = wordDocument("<h1>Policy</h1><p>Report to [Safeguarding Co-ordinator] the same day.</p>");
    expect(found(run(placeholderText, word), word)).toEqual(["[Safeguarding Co-ordinator]"]);
  });

  it("leaves links, footnotes, citations, editors' brackets, tick boxes and an abbreviation alone", () => {
    for (const line of [
      "Tell the [Safeguarding Lead](#safeguarding-lead) or the [welfare officer][wo] at once.",
      "Ask the [designated safeguarding lead] first.\n\n[designated safeguarding lead]: #who-to-tell",
      "Staff follow the code of conduct.[1] The court said so in Re B [2013] UKSC 33.",
      "The note read “the chair [sic] will decide” and then “[…] the manager will call”.",
      "KCSIE says “[the] designated safeguarding lead should take lead responsibility”.",
      "The guidance says that “[governors] should ensure staff are trained”.",
      "Our Designated Safeguarding Lead [DSL] keeps the records.",
      "The incident log shows that [the deputy] was told the same day.",
      "Is a deputy named? [ ] Yes [ ] No [x] Not needed",
      "Signed: ____________ Date: ____________",
      "[Deputy Manager]{.underline}: Rhiannon Pugh, and see [[safeguarding lead]] on the wiki.",
      "> [Committee members] must declare any conflict of interest.",
    ])
      expect(inMarkdown(line), line).toEqual([]);
  });
});

describe("a phone number with X's for its last digits", () => {
  it("is one placeholder, with the number, whatever the spacing", () => {
    const document = markdownDocument(
      "# Policy\n\nThe manager rings the LADO on 0117 49XXXX the same day.\n",
    );
    const reported = run(placeholderText, document);
    expect(found(reported, document)).toEqual(["0117 49XXXX"]);
    expect(reported[0].message).toBe(
      'The phone number "0117 49XXXX" is not finished — its X\'s stand where digits should be: write in the whole number',
    );
    expect(inMarkdown("Out of hours: 0800 XXX XXXX.")).toEqual(["0800 XXX XXXX"]);
    expect(inMarkdown("- Police liaison: 0161-496-0xxx")).toEqual(["0161-496-0xxx"]);
    expect(inMarkdown("Front door: 0XXXX XXXXXX")).toEqual(["0XXXX XXXXXX"]);
    expect(inMarkdown("From abroad: +44 20 7946 XXXX")).toEqual(["+44 20 7946 XXXX"]);
    expect(inMarkdown("Children's services: (01632) 96XXXX")).toEqual(["(01632) 96XXXX"]);
    expect(inMarkdown("Ring the duty desk (0117 496 XXXX) first.")).toEqual(["0117 496 XXXX"]);
    expect(inMarkdown("Our office: +44 (0)117 496 XXXX.")).toEqual(["+44 (0)117 496 XXXX"]);
  });

  it("leaves whole numbers and X's that are not in a number alone", () => {
    for (const line of [
      "Ring 0117 496 0123 or 0800 1111.",
      "Ring 0117 496 0123 for kit in sizes XS to XXXL.",
      "Shelf codes run from 01-XX to 09-XX.",
      "Kit sizes run from 0 to XXL, and the minibus is a 4x4.",
      "The hall seats 120 XX-rated films are never shown.",
    ])
      expect(inMarkdown(line), line).toEqual([]);
  });
});
