/**
 * Internal references in two more shapes real policies write them: a section named after a dash inside the
 * reference's own brackets, "(see section 3 – Minibus travel)", where section 3 is titled otherwise (and the
 * reference may wrap so that "section 3" starts a line), and verbs that send the reader somewhere ("follow
 * section 12 instead", "read section 6", "consult section 2") to a section the policy does not have. Sections of
 * Acts and of other documents stay alone. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const TITLES = ["Purpose", "Who to tell", "Coaching sessions", "Away matches", "Kit and changing", "Review"];

/** A netball club's policy with six numbered sections, `body` giving some sections' text. */
function policy(body: Record<number, string>, heading = (n: number, t: string) => `## ${n}. ${t}`): string {
  const parts = ["# Larchfield Netball Club — Keeping Players Safe", ""];
  for (const [i, title] of TITLES.entries())
    parts.push(
      heading(i + 1, title),
      "",
      body[i + 1] ?? `What the club does about ${title.toLowerCase()}.`,
      "",
    );
  return parts.join("\n");
}

describe("section-reference: '(see section N – Title)' where section N is titled otherwise", () => {
  const WRAPPED = {
    2: [
      "Tell the welfare officer the same day. Worries about a player's lift home after a late fixture are",
      "handled the same way (see",
      "section 3 – Away matches).",
    ].join("\n"),
  };

  it("reports it when the reference wraps so that 'section 3' starts a line, naming where the title is", () => {
    const document = markdownDocument(policy(WRAPPED));
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 3 – Away matches)"]);
    expect(reported[0].message).toBe(
      'The policy says section 3 is "Away matches", but section 3 is "Coaching sessions" ("Away matches" is section 4) — correct the reference',
    );
  });

  it("reports it on one line too, and in a PDF's text with plain numbered headings", () => {
    const body = { 5: "Changing rooms are never shared with adults (see section 2 – Kit and changing)." };
    for (const document of [
      markdownDocument(policy(body)),
      pdfDocument(policy(body, (n, t) => `${n}. ${t}`).replace(/^# /, "")),
    ])
      expect(found(run(sectionReference, document), document)).toEqual(["section 2 – Kit and changing)"]);
  });

  it("leaves it alone when the title given is the section's own, or a title the policy does not have", () => {
    const body = {
      1: [
        "Worries are passed on at once (see section 2 – Who to tell).",
        "Lifts are arranged by parents (see",
        "section 4 – Away matches).",
        "Our kit rules are short (see section 5 – Kit).",
        "Coaches plan their sessions ahead (see section 3 – Training nights).",
      ].join("\n"),
    };
    expect(run(sectionReference, markdownDocument(policy(body)))).toEqual([]);
  });

  it("a heading or label line 'Section 3 – Away matches' after a finished sentence is still not a reference", () => {
    const body = { 2: "Tell the welfare officer the same day.\nSection 4 – Away matches\nParents drive." };
    expect(run(sectionReference, markdownDocument(policy(body)))).toEqual([]);
  });
});

describe("section-reference: verbs that send the reader to a section", () => {
  it("reports 'follow section 12 instead' when the policy has six sections, wrapped or not", () => {
    for (const [text, expected] of [
      ["If the worry is about a coach, follow section 12 instead.", ["section 12"]],
      ["If the worry is about a coach rather than a player, follow\nsection 12 instead.", ["section 12"]],
      ["Before an away match, read section 9 and consult section 8.", ["section 9", "section 8"]],
    ] as const) {
      const document = markdownDocument(policy({ 2: text }));
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(expected);
      for (const r of reported)
        expect(r.message).toMatch(/^The policy refers to section \d+, but no section/);
    }
  });

  it("leaves Acts' sections alone after those verbs ('follow section 47 procedures', 'read section 11 of the Children Act 2004')", () => {
    const body = {
      2: [
        "Social workers follow section 47 procedures when a child may be at risk.",
        "Staff read section 11 of the Children Act 2004 at induction.",
        "Coaches follow section 9 of the England Netball code of conduct.",
        "Read section 4 of KCSIE before the season starts.",
        // A section number past the last that is a well-known section of an Act (Children Act 2004 s11).
        "If in doubt, follow section 11.",
      ].join(" "),
    };
    expect(run(sectionReference, markdownDocument(policy(body)))).toEqual([]);
  });
});
