/**
 * From a reviewer's probe of 6f7b6f5 (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - "section 20 above" points back to a mention of section 20 however the text above wrote it: in a list of an
 *   Act's sections ("ss. 17, 20 and 47", "sections 11, 20 or 47"), each with its own "s." ("s.17/s.20"), or in a
 *   range ("sections 17 to 31", "ss. 17–31"). The reviewer's "The Children Act 1989 (ss. 17, 20 and 47) sets out
 *   … accommodated under section 20 above" was told section 20 is missing.
 * - Near misses, still reported: a list or range that leaves the number out; "section 17, 20 families" (one
 *   section, then a count); "sections 17 and 47, 20 families" (the list ends at its "and").
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const TITLES = [
  "Why the club has this policy",
  "Welfare officer",
  "The law",
  "Signs of harm",
  "Raising a worry",
  "Children in care",
  "Away fixtures",
  "Review",
];

/** A junior cricket club's policy of eight numbered sections; `body` gives some sections' text. */
function policy(layout: Layout, body: Record<number, string>) {
  return numberedPolicy(
    "Penhallow Cricket Club Juniors — Safeguarding Policy",
    TITLES,
    layout,
    body,
    (title) => `What the club does about this: ${title.toLowerCase()}, with the coach on duty.`,
  );
}

const layouts: Layout[] = ["md", "docx", "pdf"];
const POINTER = "The club welcomes young players looked after under section 20 above.";

describe("section-reference: 'section 20 above' after a list or range of an Act's sections", () => {
  it.each(layouts)("leaves it alone when a list or range above takes in section 20 (%s)", (layout) => {
    for (const mention of [
      "The Children Act 1989 (ss. 17, 20 and 47) gives the council its duties.",
      "The council's duties come from sections 17, 20 and 47 of the Children Act 1989.",
      "The council may act under sections 11, 20 or 47.",
      "Children's services may help under s.17/s.20 of the 1989 Act.",
      "Children's services may help under s.17 and s.20.",
      "Sections 17 to 31 of the 1989 Act set out the council's part.",
      "The council's part is in ss. 17–31 of the 1989 Act.",
      "The council may act under ss.17(1), 20(4) and 47.",
    ]) {
      const document = policy(layout, { 3: mention, 6: POINTER });
      expect(run(sectionReference, document), mention).toEqual([]);
    }
  });

  it.each(layouts)("still reports it when nothing above takes in section 20 (%s)", (layout) => {
    for (const mention of [
      "The Children Act 1989 (ss. 17 and 47) gives the council its duties.",
      "Sections 44 to 47 of the 1989 Act cover emergencies.",
      "Under section 17, 20 families were helped by the council last year.",
      "Under sections 17 and 47, 20 families were helped by the council last year.",
    ]) {
      const document = policy(layout, { 3: mention, 6: POINTER });
      const reported = run(sectionReference, document);
      expect(found(reported, document), mention).toEqual(["section 20 above"]);
      expect(reported[0].message).toMatch(/but no section is numbered 20 \(the last is 8, "Review"\)/);
    }
  });

  it.each(layouts)("reads a list below the same way for 'section 20 below' (%s)", (layout) => {
    const pointer = "Young players looked after under section 20 below are welcome.";
    const silent = policy(layout, {
      3: pointer,
      6: "The council acts under sections 17, 20 and 47 of the 1989 Act.",
    });
    expect(run(sectionReference, silent)).toEqual([]);
    const missing = policy(layout, {
      3: pointer,
      6: "The council acts under sections 17 and 47 of the 1989 Act.",
    });
    expect(found(run(sectionReference, missing), missing)).toEqual(["section 20 below"]);
  });

  it.each(layouts)(
    "reads the reviewer's shape: the list in the same paragraph, one sentence before (%s)",
    (layout) => {
      const document = policy(layout, {
        3: "The Children Act 1989 (ss. 17, 20 and 47) sets out the council's duties. We support children accommodated under section 20 above.",
      });
      expect(run(sectionReference, document)).toEqual([]);
    },
  );
});
