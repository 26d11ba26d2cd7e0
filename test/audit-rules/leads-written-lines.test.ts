/**
 * A paragraph whose lines the lead finder joins into one is still read line by line as written when a person's
 * block is looked for (the name alone on a line, the job, the role), and the markers between two bold runs are
 * spaces. These check the places where the joined lines end: the first line, the last, and blocks one after another
 * in the same paragraph. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { leadNamesOf } from "../helpers/audit-context.js";

describe("the lines of a joined paragraph, read as written", () => {
  it("reads each person's block in a paragraph that holds several", () => {
    const text = [
      "# Who to talk to",
      "",
      "Mr H. T. Quarrie",
      "Senior Lettings Officer and Designated Safeguarding Lead",
      "Mrs P. Ostrander",
      "Head of Rowing and Deputy Designated Safeguarding Lead",
      "Dr Ines Valcourt",
      "Deputy Designated Safeguarding Lead",
      "",
    ].join("\n");
    expect(leadNamesOf(text, "dsl")).toEqual(["Mr H. T. Quarrie"]);
    expect(leadNamesOf(text, "deputy")).toEqual(["Mrs P. Ostrander", "Dr Ines Valcourt"]);
  });

  it("reads a block that opens the document, with no heading above it", () => {
    const text = ["Ms K. Brannigan", "Designated Safeguarding Lead", "01632 960 118"].join("\n");
    expect(leadNamesOf(text, "dsl")).toEqual(["Ms K. Brannigan"]);
  });

  it("reads two bold runs either side of a space as one title", () => {
    const text = [
      "| Role | Name |",
      "| --- | --- |",
      "| **Deputy** **Designated Safeguarding Lead** | Mr Caspian Wheelwright |",
      "| **Designated** **Safeguarding Lead** | Mrs Oona Fairbairn |",
    ].join("\n");
    expect(leadNamesOf(text, "deputy")).toEqual(["Mr Caspian Wheelwright"]);
    expect(leadNamesOf(text, "dsl")).toEqual(["Mrs Oona Fairbairn"]);
  });
});
