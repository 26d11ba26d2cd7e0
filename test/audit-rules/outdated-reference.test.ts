import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkSetting, checkText, excerpts, OLD_POLICY } from "../helpers/audit-context.js";

const asOf = "2026-11-28";

describe("outdated-reference", () => {
  it("finds superseded laws, bodies and terms", () => {
    const text = [
      "We work with the Local Safeguarding Children Board (LSCB) and the Riverbend Safeguarding Children Boards.",
      "Records are kept under the Data Protection Act 1998.",
      "See Working Together to Safeguard Children 2015, and Working Together to Safeguard Children (July 2018).",
      "We have a policy on peer on peer abuse and on sexting.",
      "Misconduct is referred to the NCTL. Staff have a CRB check; the ISA keeps the barred list.",
      "We follow Keeping Children Safe in Education 2023 and KCSIE 2024.",
      "The Children's Act 1989 and the Equality Act 2017 apply.",
      "A Serious Case Review found that List 99 was not checked.",
    ].join("\n");
    const found = checkText(outdatedReference, text, { asOf });
    expect(excerpts(found, text)).toEqual([
      "Local Safeguarding Children Board",
      "LSCB",
      "Safeguarding Children Boards",
      "Data Protection Act 1998",
      "Working Together to Safeguard Children 2015",
      "Working Together to Safeguard Children (July 2018)",
      "peer on peer abuse",
      "sexting",
      "NCTL",
      "CRB check",
      "ISA",
      "Keeping Children Safe in Education 2023",
      "KCSIE 2024",
      "Children's Act 1989",
      "Equality Act 2017",
      "Serious Case Review",
      "List 99",
    ]);
    expect(found[0]).toMatchObject({
      message:
        '"Local Safeguarding Children Board" is out of date: Local safeguarding children boards were replaced by local safeguarding partners under the Children and Social Work Act 2017 (since September 2019) — write "safeguarding children partnership (the local safeguarding partners)" instead',
      expected: "safeguarding children partnership (the local safeguarding partners)",
    });
    expect(excerpts(checkText(outdatedReference, OLD_POLICY, { asOf }), OLD_POLICY)).toEqual([
      "Local Safeguarding Children Board",
      "Working Together to Safeguard Children 2015",
    ]);
  });

  it("leaves current laws and current wording alone", () => {
    const text = [
      "Human Rights Act 1998, Serious Crime Act 2015, Children Act 1989, Children Act 2004, Data Protection Act 2018,",
      "Working Together to Safeguard Children 2023, Equality Act 2010, Sexual Offences Act 2003, Care Act 2014.",
      "Keeping Children Safe in Education 2025 (KCSIE 2025). The Riverbend and Fallowmere Safeguarding Children Partnership.",
      "Child-on-child abuse (sometimes called peer-on-peer abuse) is never acceptable.",
      "Sharing nudes and semi-nudes (sometimes known as sexting) is dealt with as set out below.",
      "Isa Khan is our chair. An enhanced DBS check with a barred list check.",
    ].join("\n");
    expect(checkText(outdatedReference, text, { asOf })).toEqual([]);
  });

  it("checks the setting's own sections", () => {
    const found = checkSetting(
      outdatedReference,
      { sections: { recruitment: "Everyone has a CRB check." } },
      { asOf },
    );
    expect(found).toEqual([
      expect.objectContaining({ path: ["sections", "recruitment"], excerpt: "CRB check" }),
    ]);
    expect(
      checkSetting(
        outdatedReference,
        { sections: { recruitment: "Everyone has an enhanced DBS check." } },
        { asOf },
      ),
    ).toEqual([]);
  });
});
