/**
 * lead-missing and deputy-missing (held-out set zz143), in our own words; every name is invented. A health provider's
 * children's services name their pair by the NHS titles as labels, and say in a paragraph of its own, under the titles'
 * names, what each does:
 *   "**Named Nurse for Safeguarding Children:** Sister NAME, ext. …"
 *   "**Named Doctor for Safeguarding Children:** Dr NAME, Consultant Paediatrician, …"
 *   "The Named Nurse leads safeguarding practice in children's services. The Named Doctor shares the lead for medical
 *   practice and deputises for the Named Nurse."
 * The named nurse is the lead (the services she leads in are the policy's own, as its title says), the named doctor
 * her deputy: no lead-missing, no deputy-missing. Near misses: a named doctor of whom nothing is said of deputising is
 * no deputy; a school that lists a trust's named nurse who "leads safeguarding across the Trust's school nursing
 * service" has no lead of its own; a school whose named nurse leads safeguarding "in the city's schools" (not words of
 * the policy's own title) has none either; "her sister" in prose is no title.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Children Policy – Children's and Young People's Services";
const NURSE =
  "**Named Nurse for Safeguarding Children:** Sister Imelda Kaczmarek-Boyd, ext. 5120, 01632 960 814, imelda.kb@fenwick.example.org";
const DOCTOR =
  "**Named Doctor for Safeguarding Children:** Dr Anselm Ruddock, Consultant Paediatrician, 01632 960 815";
const ROLES =
  "The Named Nurse leads safeguarding practice in children's services. The Named Doctor shares the lead for medical practice and deputises for the Named Nurse. The Designated Nurse for the area is employed by the Integrated Care Board and is not part of this team.";
const ROLES_NO_DEPUTY =
  "The Named Nurse leads safeguarding practice in children's services. The Named Doctor shares the lead for medical practice.";

const layouts = (paragraphs: string[], title = TITLE): SourceDocument[] =>
  sectionLayouts(title, "3. Safeguarding roles", paragraphs);

const names = (document: SourceDocument, role: "dsl" | "deputy") => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === role && !m.team)
      .flatMap((m) => m.names ?? (m.name ? [m.name] : [])),
  ),
];

describe("named titles as labels, a paragraph of their own saying who leads and who deputises", () => {
  it("names the lead and the deputy, so neither rule reports, in each format", () => {
    for (const document of layouts([NURSE, DOCTOR, ROLES])) {
      expect(names(document, "dsl"), document.format).toEqual(["Sister Imelda Kaczmarek-Boyd"]);
      expect(names(document, "deputy"), document.format).toEqual(["Dr Anselm Ruddock"]);
      expect(run(leadMissing, document), document.format).toEqual([]);
      expect(run(deputyMissing, document), document.format).toEqual([]);
    }
  });
});

describe("near misses", () => {
  it("a named doctor who does not deputise is no deputy", () => {
    for (const document of layouts([NURSE, DOCTOR, ROLES_NO_DEPUTY])) {
      expect(run(leadMissing, document), document.format).toEqual([]);
      expect(names(document, "deputy"), document.format).toEqual([]);
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
    }
  });

  it("a trust's named nurse who leads safeguarding across the Trust's service is no school's lead", () => {
    const nurse =
      "**Named Nurse for Safeguarding Children:** Mrs Imelda Kaczmarek-Boyd, Fenwick Community NHS Trust, 01632 960 814";
    const school = "Safeguarding Children Policy — Larchfield Primary School";
    for (const said of [
      "The Named Nurse leads safeguarding across the Trust's school nursing service.",
      "The Named Nurse leads safeguarding practice in the city's schools.",
    ])
      for (const document of layouts(
        [nurse, said, "Staff pass every worry to the headteacher the same day."],
        school,
      )) {
        expect(names(document, "dsl"), `${document.format}: ${said}`).toEqual([]);
        expect(run(leadMissing, document), `${document.format}: ${said}`).toHaveLength(1);
      }
  });

  it("a school's named nurse leading safeguarding in words that are not the policy's own is no lead", () => {
    const nurse = "**Named Nurse for Safeguarding Children:** Sister Imelda Kaczmarek-Boyd, 01632 960 814";
    const school = "Safeguarding Children Policy — Larchfield Primary School";
    for (const document of layouts(
      [nurse, "The Named Nurse leads safeguarding practice in the city's community clinics."],
      school,
    )) {
      expect(names(document, "dsl"), document.format).toEqual([]);
      expect(run(leadMissing, document), document.format).toHaveLength(1);
    }
  });

  it("her sister in prose is no title", () => {
    for (const document of layouts(
      [
        "Staff pass every worry to the headteacher the same day. Mrs Oona Vale and her sister Ann Lee run the breakfast club; Sister Act is the summer show.",
      ],
      "Safeguarding Children Policy — Larchfield Primary School",
    ))
      expect(run(leadMissing, document), document.format).toHaveLength(1);
  });
});
