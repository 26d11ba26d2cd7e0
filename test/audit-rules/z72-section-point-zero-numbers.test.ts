/**
 * section-reference (the held-out set zz72), in our own words; every name is invented.
 * A policy whose sections are numbered "1.0", "2.0" … "7.0" (a form's or a consultant's house style) points to them
 * with the bare number: "see 5.0 – Away fixtures." where 5.0 is "Reporting a worry" and 6.0 is "Away fixtures and
 * travel" — reported, as "see section 5 – Away fixtures" is in a policy numbered 1, 2, 3. A bare "see 5.0" that
 * exists, a title that is the section's own, a number in a policy not numbered so, and a version number stay quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLES = [
  "Why we have this policy",
  "Our welfare team",
  "Training",
  "On the court",
  "Reporting a worry",
  "Away fixtures and travel",
  "Law and guidance",
];

const TEXT: Record<string, string> = {
  "Reporting a worry":
    "Tell the welfare officer the same day and write down what you saw or heard, in the child's words.",
  "Away fixtures and travel":
    "For away fixtures two adults travel with every team, and parents sign a consent form for each trip.",
};

/** A seven-section policy numbered "1.0" … "7.0"; `court` is section 4.0's text. */
function markdown(court: string, numbering = (i: number) => `${i + 1}.0`): string {
  return [
    "# Kestrel Vale Netball Juniors – Safeguarding Policy",
    "",
    ...TITLES.flatMap((t, i) => [
      `## ${numbering(i)} ${t}`,
      "",
      i === 3 ? court : (TEXT[t] ?? `Our approach to ${t.toLowerCase()}.`),
      "",
    ]),
  ].join("\n");
}

const inMarkdown = (court: string, numbering?: (i: number) => string) => {
  const document = markdownDocument(markdown(court, numbering));
  return found(run(sectionReference, document), document);
};

const AWAY = "Coaches stay with the team on the bench. For games at other clubs, see 5.0 – Away fixtures.";

describe("section-reference: a bare section number in a policy numbered 1.0, 2.0 …", () => {
  it("is reported where the title after the dash is another section's (Markdown)", () => {
    const document = markdownDocument(markdown(AWAY));
    const reports = run(sectionReference, document);
    expect(found(reports, document)).toEqual(["see 5.0 – Away fixtures"]);
    expect(reports[0].message).toContain('section 5.0 is "Reporting a worry"');
    expect(reports[0].message).toContain('("Away fixtures and travel" is section 6.0)');
  });

  it("says which section speaks of a title no section has", () => {
    const document = markdownDocument(
      markdown("For games at other clubs, see 5.0 – Travel to away fixtures."),
    );
    const reports = run(sectionReference, document);
    expect(found(reports, document)).toEqual(["see 5.0 – Travel to away fixtures"]);
    expect(reports[0].message).toContain(
      'section 5.0 is "Reporting a worry" and says nothing about it (section 6.0, "Away fixtures and travel", does)',
    );
  });

  it("is reported in a Word file and a PDF's text", () => {
    const html = [
      "<h1>Kestrel Vale Netball Juniors – Safeguarding Policy</h1>",
      ...TITLES.map(
        (t, i) =>
          `<h2>${i + 1}.0 ${t}</h2><p>${i === 3 ? AWAY : (TEXT[t] ?? `Our approach to ${t.toLowerCase()}.`)}</p>`,
      ),
    ].join("\n");
    const word = wordDocument(html);
    expect(found(run(sectionReference, word), word)).toEqual(["see 5.0 – Away fixtures"]);
    const pdf = pdfDocument(markdown(AWAY).replace(/^#+ /gm, ""));
    expect(found(run(sectionReference, pdf), pdf)).toEqual(["see 5.0 – Away fixtures"]);
  });

  it("in brackets, and a number past the last section, are reported", () => {
    expect(inMarkdown("For games at other clubs the same rules apply (see 5.0 – Away fixtures).")).toEqual([
      "see 5.0 – Away fixtures)",
    ]);
    expect(inMarkdown("Any worry on the court is handled as set out in 9.0.")).toEqual(["set out in 9.0"]);
  });

  it("near miss: a bare number of a section that exists, alone or with its own title", () => {
    expect(inMarkdown("If a player is upset, see 5.0 and tell the welfare officer.")).toEqual([]);
    expect(inMarkdown("For games at other clubs, see 6.0 – Away fixtures and travel.")).toEqual([]);
    expect(inMarkdown("For games at other clubs, see 6.0 – Away fixtures.")).toEqual([]);
  });

  it("near miss: the same words in a policy numbered 1, 2, 3 or 1.1, 1.2", () => {
    expect(inMarkdown(AWAY, (i) => `${i + 1}.`)).toEqual([]);
    expect(inMarkdown(AWAY, (i) => `1.${i + 1}`)).toEqual([]);
  });

  it("near miss: a version or a rule number, not a pointer", () => {
    expect(inMarkdown("Scores are kept in the league app (see version 9.0 of its guide).")).toEqual([]);
    expect(inMarkdown("Umpires follow the national rules; see 9.0 of the league handbook.")).toEqual([]);
  });
});
