/**
 * training-undated / training-stale (held-out set zz49), in our own words; every name is invented. As of 3 December
 * 2026. A PDF's text has no blank line between a numbered heading and the paragraph under it: "2. Training" / "Ms
 * Drummond-Kerr completed the … course of the Highland" / "volunteer network's … partnership on 14 March 2025." is
 * a sentence cut by the page's edge, its date on the line it runs on to, and the heading is not part of it. The
 * course is dated (not "listed without a date"), and an old date is the same person's. Near misses: a list entry's
 * start ends the sentence above it, and a sentence that ends on its line keeps its own (missing) date.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-03";

function policy(training: string[]): string {
  return [
    "Glenbracken Cave Rescue Team",
    "Child Protection Policy",
    "1. Who to contact",
    "Our Child Protection Co-ordinator is Ms Ailsa Drummond-Kerr, Team Secretary",
    "(07700 900 555). Our Depute Child Protection Co-ordinator is Mr Rory Lennox-Baird,",
    "Equipment Officer (07700 900 556).",
    "2. Training",
    ...training,
    "Every caver who helps with young people completes our one-hour awareness",
    "session before their first trip.",
    "3. Concerns",
    "Tell the Co-ordinator the same day.",
  ].join("\n");
}

const run = (text: string) => ({
  undated: checkText(undated, text, { asOf, format: "pdf" }).map((f) => f.message),
  stale: checkText(stale, text, { asOf, format: "pdf" }).map((f) => f.message),
});

describe("PDF: a course whose date is on the line the sentence continues onto", () => {
  it("reads the date on the continuation line", () => {
    const r = run(
      policy([
        "Ms Drummond-Kerr completed the Child Protection Co-ordinator course of the Highland",
        "volunteer network's safeguarding partnership on 14 March 2025. Mr Lennox-Baird completed",
        "the same course in May 2025.",
      ]),
    );
    expect(r.undated).toEqual([]);
  });

  it("gives an old date on the continuation line to the course's own person", () => {
    const r = run(
      policy([
        "Ms Drummond-Kerr completed the Child Protection Co-ordinator course of the Highland",
        "volunteer network's safeguarding partnership on 14 March 2021. Mr Lennox-Baird completed",
        "the same course in May 2025.",
      ]),
    );
    expect(r.undated).toEqual([]);
    expect(r.stale).toHaveLength(1);
    expect(r.stale[0]).toMatch(/^Ms (?:Ailsa )?Drummond-Kerr's .*14 March 2021/);
  });

  it("does not run a list entry into the entry above it", () => {
    const r = run(
      policy([
        "• Ms Drummond-Kerr completed the Child Protection Co-ordinator course of the Highland",
        "• Mr Lennox-Baird completed the Child Protection Co-ordinator course on 2 May 2021.",
      ]),
    );
    expect(r.stale.join(" ")).not.toMatch(/Drummond-Kerr/);
  });

  it("keeps a sentence that ends on its line apart from the next person's date", () => {
    const r = run(
      policy([
        "Ms Drummond-Kerr has completed the Child Protection Co-ordinator course.",
        "then Mr Lennox-Baird completed the same course on 2 May 2021.",
      ]),
    );
    expect(r.stale.join(" ")).not.toMatch(/Drummond-Kerr/);
  });
});
