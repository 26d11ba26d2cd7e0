/**
 * From the fifteenth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - "See section 11 for the incident form" in a policy of nine sections: 11 is also a well-known section of an Act
 *   (Children Act 2004 s11), which a policy may quote without naming the Act — but a reference that sends the
 *   reader to one of this policy's own things (a form, a flowchart, a contact list, "below", "of this policy")
 *   points into this policy, and section 11 is not there.
 * - The Act's sections stay alone: "follow section 11", "see section 47 for the local authority's enquiries",
 *   "see section 11 of the Children Act 2004".
 * - Review of that change (near misses, each once reported in a ten-section policy): "for any form of significant
 *   harm" and "for all forms of safeguarding" are kinds of harm, not one of this policy's forms; "section 17 below
 *   the threshold" is below a threshold, not a pointer down the page; "section 47 above" points back to where the
 *   Act's section was mentioned (where nothing above mentions it, it is reported: z17-section-above); "of this
 *   guidance" most often names another document (the statutory guidance), not this policy.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const TITLES = [
  "Purpose",
  "Key people",
  "Signs of abuse",
  "Reporting a concern",
  "Allegations",
  "Lessons at home",
  "Trips away",
  "Training",
  "Review",
];

/** A choir's policy with nine numbered sections, `body` giving some sections' text. */
function policy(body: Record<number, string>): string {
  const parts = ["# Ashcombe Junior Choir — Safeguarding Policy", ""];
  for (const [i, title] of TITLES.entries())
    parts.push(
      `## ${i + 1}. ${title}`,
      "",
      body[i + 1] ?? `What the choir does: ${title.toLowerCase()}.`,
      "",
    );
  return parts.join("\n");
}

describe("section-reference: a well-known Act's section number used for a section of this policy", () => {
  it("reports 'See section 11 for the form …' wrapped across lines, in Markdown and in a PDF", () => {
    const text = policy({
      4: [
        "Write down what the chorister said, in their words, and give it to the welfare officer the same day.",
        "See section 11 for the form and the arrangements on tour.",
      ].join("\n"),
    });
    for (const document of [markdownDocument(text), pdfDocument(text.replace(/^#+ /gm, ""))]) {
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["section 11"]);
      expect(reported[0].message).toMatch(
        /^The policy refers to section 11, but no section is numbered 11 \(the last is 9, "Review"\)/,
      );
    }
  });

  it("reports other pointers into this policy: a flowchart, a contact list, 'below', 'of this policy'", () => {
    for (const sentence of [
      "Follow the flowchart (see section 10 for the reporting flowchart).",
      "The welfare officer's numbers are listed in full (see section 17 for the contact list).",
      "The steps are set out in section 20 below.",
      "Allegations are handled as described in section 11 of this policy.",
    ]) {
      const document = markdownDocument(policy({ 5: sentence }));
      expect(found(run(sectionReference, document), document)).toHaveLength(1);
    }
  });

  it("leaves the Act's sections alone, named or not", () => {
    for (const sentence of [
      "If in doubt, follow section 11.",
      "Social workers may start section 47 enquiries.",
      "See section 47 for the local authority's duty to make enquiries.",
      "See section 11 of the Children Act 2004 for the duty to safeguard children.",
      "Read section 11 for the statutory duty on organisations.",
    ]) {
      const document = markdownDocument(policy({ 5: sentence }));
      expect(run(sectionReference, document)).toEqual([]);
    }
  });

  it.each([
    "Children's social care may make enquiries under section 47 for any form of significant harm.",
    "All agencies have a duty under section 11 for all forms of safeguarding, whoever runs the activity.",
    "Support is provided under section 17 below the threshold for section 47 enquiries.",
    "Support is provided under section 17 below\nthe threshold for a social worker's assessment.",
    "Concerns under section 47 above thresholds for early help go to children's social care.",
    "Families supported under section 17 below statutory levels are offered early help.",
    "Social workers open section 47 enquiries and decide whether to act (see section 47 above).",
    "The choir's duty is set out in section 11 of this guidance.",
    "See section 11 for the templates of the statutory partners.",
  ])("leaves a near miss alone, in Markdown and in a PDF: %s", (sentence) => {
    const text = policy({ 5: sentence });
    for (const document of [markdownDocument(text), pdfDocument(text.replace(/^#+ /gm, ""))])
      expect(run(sectionReference, document)).toEqual([]);
  });

  it("still reports 'below' at the end of a sentence or before a comma, and a form named plainly", () => {
    for (const sentence of [
      "The steps are set out in section 20 below, with the names of the officers.",
      "The steps are set out in section 20 below",
      "See section 11 for the forms, which the welfare officer keeps.",
      "See section 11 for our incident forms and the tour arrangements.",
    ]) {
      const document = markdownDocument(policy({ 5: sentence }));
      expect(found(run(sectionReference, document), document)).toHaveLength(1);
    }
  });
});
