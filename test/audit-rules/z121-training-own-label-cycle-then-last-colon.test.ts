/**
 * training-stale (held-out set zz121), in our own words; every name is invented; as of 1 December 2026. A sole
 * practitioner gives her own training as one labelled line of two short sentences: the course, then how often it is
 * renewed and when it was last done, abbreviated — "My safeguarding training: Designated person course for lone
 * tutors (Saltmere Safeguarding Children Partnership). Refreshed every 2 yrs; last: Jan '24." The renewal note is a
 * note on her own record, not a rule for a group; "Jan '24" is January 2024 (a month's name, then an apostrophe and
 * two digits), so the lead's course lapsed at the end of January 2026. Near misses: a group's rule written the same
 * way ("All helpers: awareness training, refreshed every 2 yrs; last: Jan '24" is nobody's record), a rule in the
 * writer's own line ("I must renew it every 2 yrs"), and a quote mark around a month's name in running text.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const title = "Safeguarding Policy – Cosima Threlfall Cello Lessons";
const about =
  "I am the designated person for safeguarding in my teaching. I work alone, so there is no deputy; parents can call the Saltmere Children's Front Door if I cannot be reached.";

const md = (line: string) =>
  markdownDocument([`# ${title}`, "", "## About me", "", about, "", line, ""].join("\n"));
const docx = (line: string) =>
  wordDocument(`<h1>${title}</h1><h2>About me</h2><p>${about}</p><p>${line}</p>`);
const pdf = (line: string) => pdfDocument([title, "About me", about, line, ""].join("\n"));

const OWN =
  "My safeguarding training: Designated person course for lone tutors (Saltmere Safeguarding Children Partnership). Refreshed every 2 yrs; last: Jan '24.";

describe("training-stale: the writer's own labelled line, a renewal note then 'last:'", () => {
  it("reports the lead's course as lapsed at the end of January 2026 (Markdown, Word, PDF)", () => {
    for (const document of [md(OWN), docx(OWN), pdf(OWN)]) {
      const reported = run(trainingStale, document);
      expect(found(reported, document), document.format).toEqual([expect.stringContaining("Jan '24")]);
      expect(reported[0].message, document.format).toContain("lapsed at the end of January 2026");
      expect(reported[0].message, document.format).toMatch(
        /^Designated person course for lone tutors \(Saltmere Safeguarding Children Partnership\) is dated January 2024/,
      );
      // The excerpt stops before the date: the message says how it was written.
      expect(reported[0].message, document.format).toContain(`January 2024 (written "Jan '24")`);
    }
  });

  it("reads 'years' and 'last done' the same way, and stays quiet while current", () => {
    const short = run(
      trainingStale,
      md("My training: Designated person course. Renewed every 2 years; last done: Mar '24."),
    );
    expect(short.length).toBe(1);
    // A short line's excerpt shows the date already.
    expect(short[0].message).toContain("is dated March 2024 —");
    expect(
      run(
        trainingStale,
        md("My safeguarding training: Designated person course. Refreshed every 2 yrs; last: Jan '26."),
      ),
    ).toEqual([]);
  });

  it("stays quiet on a group's rule, a rule in the writer's line, and quote marks around a month", () => {
    for (const line of [
      "All helpers: safeguarding awareness training, refreshed every 2 yrs; last: Jan '24.",
      "My safeguarding training: I must renew the designated person course every 2 yrs.",
      "Anyone who misses the safeguarding training in 2024 goes on the 'Jan' list for the next course.",
    ])
      expect(run(trainingStale, md(line)), line).toEqual([]);
  });
});
