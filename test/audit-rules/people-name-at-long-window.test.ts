/**
 * A name at the start of a window is read from its first words only: the same name whether the window ends after it
 * or runs on for a whole paragraph (a PDF's line), including names of six words, titles and initials. Invented names.
 */
import { describe, expect, it } from "vitest";
import { nameAt } from "../../src/audit/text/people.js";

const RUN_ON =
  " is our Designated Safeguarding Lead and can be reached on 01632 960 111 during term time; in her absence please contact the office, which keeps the rota of deputies for every site and session we run across the county.";

describe("nameAt on a window that runs on", () => {
  const starts = [
    "Mrs Ada Kerr",
    "Revd Canon Peter Amadi",
    "Dr J. R. Whitlow-Hayes",
    "Ms Li Pan",
    "Mrs Li Mr Jonas Herr",
    "Ravi Chandran Parents may ask",
    "Tomasz Nowak",
    "Mr Seumas Mac a' Ghobhainn",
    "Appendix B. Pass it to the lead",
    "A. B. C. D. E. F. Gower",
    "Will Hartwell",
    "NEXT STEPS",
  ];

  it("finds the same name as in the window cut after it", () => {
    for (const start of starts) {
      for (const strength of ["strong", "weak"] as const) {
        const short = nameAt(start, { strength });
        const long = nameAt(start + RUN_ON, { strength });
        expect({ start, strength, name: long?.name, end: long?.end }).toEqual({
          start,
          strength,
          name: short?.name,
          end: short?.end,
        });
      }
    }
  });

  it("reads the names themselves", () => {
    expect(nameAt(`Mrs Ada Kerr${RUN_ON}`)?.name).toBe("Mrs Ada Kerr");
    expect(nameAt(`Revd Canon Peter Amadi${RUN_ON}`)?.name).toBe("Revd Canon Peter Amadi");
    expect(nameAt(`Appendix B. Pass it to the lead${RUN_ON}`)).toBeUndefined();
  });
});
