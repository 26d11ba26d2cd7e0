/**
 * Longer hand-written policies (fictional, written for these tests): one current and correct, one with every
 * usual problem. Each runs as Markdown (a .md or a Word file converted) and as the plain text a PDF gives.
 */
import { describe, expect, it } from "vitest";
import { rules } from "../../src/audit/rules/index.js";
import { checkText, sampleSetting } from "../helpers/audit-context.js";

const CURRENT = `# Safeguarding and Child Protection Policy

**Willowbank Pre-School**

| Policy details | |
| --- | --- |
| Approved by | Management committee, 3 October 2026 |
| Last reviewed | 1 October 2026 |
| Date of next review | October 2027 |

## Contents

1. Introduction
2. Key contacts
3. Recognising abuse
4. Responding to concerns
5. Allegations against staff

## 1. Introduction

Willowbank Pre-School is committed to keeping children safe. Everyone who works here, paid or unpaid, shares that duty. This policy follows the Children Act 1989, the Children Act 2004, Working Together to Safeguard Children 2023, the Early Years Foundation Stage statutory framework and the procedures of the Riverbend and Fallowmere Safeguarding Children Partnership. Records are kept in line with the Data Protection Act 2018 and UK GDPR. Section 47 of the Children Act 1989 places a duty on the council to make enquiries; section 17 covers children in need.

All staff complete safeguarding training at induction and refresh it every three years. The designated safeguarding lead renews their training every two years and has an update each year.

## 2. Key contacts

| Role | Name | Telephone | Email |
| --- | --- | --- | --- |
| Designated Safeguarding Lead (DSL) | Mrs Harriet Quinn | 0118 496 0761 | manager@willowbank.example.org |
| Deputy DSL | Omar Farouk | 0118 496 0762 | deputy@willowbank.example.org |

| Name | Course | Date completed |
| --- | --- | --- |
| Harriet Quinn | Early Years Designated Safeguarding Lead training | 14 March 2026 |
| Omar Farouk | Early Years Designated Safeguarding Lead training | 2 February 2025 |
| Omar Farouk | Prevent awareness | 9 May 2025 |

If you cannot reach the DSL or deputy, phone the Riverbend Children's Advice and Support Hub on 0113 496 0100. Out of hours, phone the Riverbend Emergency Duty Team on 0113 496 0199. If a child is in immediate danger, call 999.

## 3. Recognising abuse

Abuse can be physical, emotional or sexual, or neglect. Children may also be harmed by other children (child-on-child abuse), online, through exploitation or through domestic abuse. Sharing nudes and semi-nudes is dealt with under section 4. Staff who are worried about radicalisation follow the Prevent duty guidance.

## 4. Responding to concerns

Listen, do not promise to keep secrets, write down what the child said in their own words, and tell the DSL the same day. The DSL decides whether to refer to children's social care, usually after talking to parents unless that would put the child at greater risk. A referral made by phone is confirmed in writing within 48 hours. See section 5 if the concern is about a member of staff.

## 5. Allegations against staff

Tell the manager straight away. The manager will contact the Riverbend Local Authority Designated Officer (LADO) on 0113 496 0150 within one working day and tell Ofsted (0300 123 1231) within 14 days. If the allegation is about the manager, contact the chair of the committee, Ruth Delaney, on 0118 496 0799.

Next review date: October 2027
`;

const OLD = `# CHILD PROTECTION POLICY

**(NAME OF SETTING)**

Date written: September 2017

Review date: Summer Term 2018

## Contents

1. Introduction ..... 2
2. Designated staff ..... 3
3. Definitions ..... 4
4. Allegations ..... 6
5. Contacts ..... 7

## 1. Introduction

This policy is based on the model policy of the Riverbend Local Safeguarding Children Board (LSCB) and on Keeping Children Safe in Education 2016 and Working Together to Safeguard Children (2015). Information is held under the Data Protection Act 1998. For the LSCB procedures [click here](#).

## 2. Designated staff

**Designated Safeguarding Lead:** Mrs Jane Smith, Manager

- Safeguarding Thresholds Training – January 2018
- Working Together training – March 2016

**Deputy Designated Safeguarding Lead:** Mr David Brown

- (list training including dates)

**Safeguarding trustee:** TBC

## 3. Definitions

Peer on peer abuse and sexting are covered by our behaviour policy. All staff have an enhanced CRB check. The Children's Act 1989 applies, and the Equality Act 2017.

## 3. Allegations

Phone the LADO on 0113 496 0999. See section 7 for contacts.

## 5. Contacts

Children's Social Care: 0113 496 0100
`;

/** Roughly what a PDF of the same policy gives: no Markdown, table cells separated by spaces. */
function asPdfText(markdown: string): string {
  return markdown
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .replace(/^#+ /, "")
        .replace(/\*\*/g, "")
        .replace(/^- /, "")
        .replace(/^\|\s*|\s*\|\s*$/g, "")
        .replace(/\s*\|\s*/g, "  ")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"),
    )
    .join("\n");
}

function ruleIds(text: string, format: "md" | "pdf"): string[] {
  const setting = sampleSetting();
  return rules.flatMap((rule) =>
    rule.checkDocument
      ? checkText(rule, text, { asOf: "2026-11-28", setting, format }).map(() => rule.meta.id)
      : [],
  );
}

describe("a current hand-written policy", () => {
  it("has no findings as Markdown or as PDF text", () => {
    expect(ruleIds(CURRENT, "md")).toEqual([]);
    expect(ruleIds(asPdfText(CURRENT), "pdf")).toEqual([]);
  });
});

describe("an old hand-written policy", () => {
  const expected = [
    "placeholder-text",
    "placeholder-text",
    "placeholder-text",
    "empty-link",
    "review-overdue",
    "training-missing",
    "training-stale",
    "training-stale",
    ...Array(11).fill("outdated-reference"),
    "contents-mismatch",
    "section-reference",
    "contact-mismatch",
  ];

  it("shows every problem as Markdown", () => {
    // Markdown also has real headings, so the two sections numbered 3 are seen.
    expect(ruleIds(OLD, "md")).toEqual([
      ...expected.slice(0, -2),
      "contents-mismatch",
      ...expected.slice(-2),
    ]);
  });

  it("shows the same problems as PDF text", () => {
    expect(ruleIds(asPdfText(OLD), "pdf")).toEqual(expected);
  });
});
