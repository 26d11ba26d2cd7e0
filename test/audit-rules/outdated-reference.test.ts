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
        '"Local Safeguarding Children Board" (also written "LSCB", "Riverbend Safeguarding Children Boards") is out of date: Local safeguarding children boards were replaced by local safeguarding partners under the Children and Social Work Act 2017 (since 29 September 2019); it is mentioned 3 times in this policy, first here — write "safeguarding children partnership (the local safeguarding partners)" instead',
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

  it("reports a reference once however often the policy repeats it, and says how often", () => {
    const text = Array.from(
      { length: 30 },
      (_, i) => `${i + 1}. Refer to the Kestrel Vale LSCB procedures for step ${i + 1}.`,
    ).join("\n");
    const found = checkText(outdatedReference, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("it is mentioned 30 times in this policy, first here");
    expect(found[0].excerpt).toBe("Kestrel Vale LSCB");
  });

  it("reports each old edition of the same guidance on its own, with the edition in force", () => {
    const text = "We follow KCSIE 2019, KCSIE (2019) and Keeping Children Safe in Education 2021.";
    const found = checkText(outdatedReference, text, { asOf });
    expect(found.map((f) => f.excerpt)).toEqual(["KCSIE 2019", "Keeping Children Safe in Education 2021"]);
    expect(found[0].message).toBe(
      '"KCSIE 2019" (also written "KCSIE (2019)") is out of date: the 2019 edition was replaced on 1 September 2020, and the 2025 edition is in force; it is mentioned 2 times in this policy, first here — write "Keeping Children Safe in Education 2025" instead',
    );
  });

  it("measures against the audit date, not today", () => {
    const text =
      "Our nursery follows KCSIE 2024 and KCSIE 2023. Our lead practitioner for safeguarding is Ama Boateng.";
    // Before 2 September 2024 the 2023 edition was in force, and the EYFS still said "lead practitioner".
    expect(checkText(outdatedReference, text, { asOf: "2024-06-30" })).toEqual([]);
    // A year later the 2024 edition was in force: 2023 was out of date; "lead practitioner" was not, yet.
    expect(checkText(outdatedReference, text, { asOf: "2025-06-30" }).map((f) => f.excerpt)).toEqual([
      "KCSIE 2023",
    ]);
    expect(checkText(outdatedReference, text, { asOf }).map((f) => f.excerpt)).toEqual([
      "KCSIE 2024",
      "KCSIE 2023",
      "lead practitioner for safeguarding",
    ]);
    // An update of an edition is that edition: the 2021 update of the 2015 Prevent guidance ended with it.
    const prevent = checkText(
      outdatedReference,
      "See the Prevent duty guidance (2021). Our 2016 policy cited the Prevent duty guidance 2015.",
      { asOf },
    );
    expect(prevent.map((f) => f.message)).toEqual([
      '"Prevent duty guidance (2021)" is out of date: the 2021 edition was replaced on 31 December 2023, and the 2023 edition is in force — write "Prevent duty guidance (2023)" instead',
      '"Prevent duty guidance 2015" is out of date: the 2015 edition was replaced on 31 December 2023, and the 2023 edition is in force — write "Prevent duty guidance (2023)" instead',
    ]);
    // A year later than the edition in force (a draft, or an edition the data does not know yet): left alone.
    expect(checkText(outdatedReference, "We follow KCSIE 2026.", { asOf })).toEqual([]);
  });

  it("calls the early years word out of date only in a policy for early years", () => {
    const youthClub =
      "Our Lead Safeguarding Practitioner, Femi Adeyemi, leads on safeguarding at the youth club.";
    expect(checkText(outdatedReference, youthClub, { asOf })).toEqual([]);
    const preSchool = `# Puffin Pre-school\n\n${youthClub.replace("youth club", "pre-school")}`;
    expect(checkText(outdatedReference, preSchool, { asOf }).map((f) => f.excerpt)).toEqual([
      "Lead Safeguarding Practitioner",
    ]);
    // A room's lead practitioner is a job title, not the safeguarding role.
    const room = "# Puffin Nursery\n\nKofi Mensah is the lead practitioner in the baby room.";
    expect(checkText(outdatedReference, room, { asOf })).toEqual([]);
  });

  it("leaves an old edition in the change history of a policy that cites the edition in force", () => {
    const history = [
      "| Version | Date | Changes |",
      "| --- | --- | --- |",
      "| 3 | Sept 2023 | Updated for KCSIE 2023 |",
      "| 4 | Sept 2025 | Updated for KCSIE 2025 |",
      "",
      "v2 – 01/09/2019 – amended for Working Together 2018",
      "v5 – 12/01/2024 – amended for Working Together 2023",
    ].join("\n");
    expect(checkText(outdatedReference, `${history}\n\nThis policy follows KCSIE 2025.`, { asOf })).toEqual(
      [],
    );
    // The body still citing an old edition is found, history or not.
    const stale = checkText(outdatedReference, `${history}\n\nThis policy follows KCSIE 2023.`, { asOf });
    expect(stale.map((f) => f.excerpt)).toEqual(["KCSIE 2023"]);
    expect(stale[0].offset).toBe(`${history}\n\nThis policy follows `.length);
    // A policy never brought up to date: its last change is itself out of date.
    const old = "| 3 | Sept 2023 | Updated for KCSIE 2023 |";
    expect(checkText(outdatedReference, old, { asOf }).map((f) => f.excerpt)).toEqual(["KCSIE 2023"]);
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
