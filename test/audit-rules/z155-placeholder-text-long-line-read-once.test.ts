/**
 * placeholder-text (session 45 review), in our own words; every name is invented. As of 1 December 2026.
 * A long line read once: a form's fields listed on one line ("Child · Sent on (date) · …"), a column heading's
 * "(date)" ("Item Completed (date) Initials"), and blanks to fill in ("run by ______, who …") were each read again from
 * the line's start for every bracket or blank on it — a long line of them took minutes (300,000 characters of "Child ·
 * (date) · " or of "______, "). The line's list of fields is now read once for all its brackets, a column heading's words
 * only as far as the ten it may have, and a blank's clause only a few words back.
 * What counts is unchanged, and these pin it on long lines: a long list of a form's fields is quiet however many
 * brackets it has; one field on it that is a sentence makes the line no list, and every bracket on it is reported,
 * however far from that field; the policy's own date in the list ("Adopted by the board on (date)") is reported;
 * a column heading's "(date)" is quiet, the same words in a sentence are not; a blank far along a long line is quoted
 * with its clause's words.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const TITLE = "Safeguarding Policy — Tollgate Canoe Club";
const OPENING =
  "Approved by the committee on 9 February 2026. Welfare Officer: Mrs Ffion Marsh (07700 900 418).";

const markdown = (heading: string, line: string) =>
  markdownDocument([`# ${TITLE}`, "", OPENING, "", `## ${heading}`, "", line, ""].join("\n"));

const reported = (heading: string, line: string) => {
  const document = markdown(heading, line);
  return found(run(placeholderText, document), document);
};

/** A long list of a form's fields on one line: a child's name, then a paddler's field and its date, many times. */
const FIELDS = Array.from(
  { length: 400 },
  (_, i) => `Paddler ${i + 1} · Seen by (name) · Logged on (date)`,
).join(" · ");

describe("placeholder-text: a long line of a form's fields, read once", () => {
  it("is quiet for a long one-line list of a form's fields, every bracket on it", () => {
    expect(reported("Appendix 3. Concern sheet", `Child's name · ${FIELDS}`)).toEqual([]);
  });

  it("reports every bracket on the line when one field far from them is a sentence", () => {
    const line = `Child's name · ${FIELDS} · Keep this sheet. Give it to the welfare officer on the same day and tell nobody else at all`;
    const brackets = reported("Appendix 3. Concern sheet", line);
    expect(brackets).toHaveLength(800);
    expect(brackets.slice(0, 2)).toEqual(["(name)", "(date)"]);
  });

  it("reports the policy's own date in the list, and only it", () => {
    const line = `Child's name · ${FIELDS} · Sheet adopted by the committee on (date)`;
    expect(reported("Appendix 3. Concern sheet", line)).toEqual(["(date)"]);
  });
});

describe("placeholder-text: a column heading's bracket on a long line", () => {
  it("is quiet for a PDF's heading row, after a long paragraph", () => {
    const long =
      "The kit store is checked before every session and the list is kept in the boathouse. ".repeat(300);
    const document = pdfDocument(
      [TITLE, OPENING, "Kit checks", long, "Item Completed (date) Initials", ""].join("\n"),
    );
    expect(found(run(placeholderText, document), document)).toEqual([]);
  });

  it("reports the bracket in a long sentence of capitalised words", () => {
    const line = `Kit Checked (date) ${"Boats Paddles Helmets ".repeat(2_000)}`;
    expect(reported("Kit checks", line)).toEqual(["(date)"]);
  });
});

describe("placeholder-text: a blank far along a long line", () => {
  it("is quoted with its clause's words", () => {
    const line = `${"We paddle on the river most weekends in summer, ".repeat(2_000)}and when I am away, the club is run by ______, who has my number.`;
    const document = markdown("When I am away", line);
    const reports = run(placeholderText, document);
    expect(reports.map((r) => r.excerpt)).toEqual(["the club is run by ______"]);
  });
});
