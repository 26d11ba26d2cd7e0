/**
 * training-stale (session 46, a hand-written cathedral choir policy), in our own words; every name is invented. As of
 * 1 December 2026.
 *
 * A training list names a person by their job first, then their name, then a module of the churches' safeguarding
 * pathway named alone, then its date: "The Director of Music, Dr Linnea Harcastle – Leadership – January 2023". The
 * job before the name hid the person, and "Leadership" alone was read as no course, so the lapsed record went
 * unreported while the entries beside it ("Ruth Kember – Safeguarding Leadership – June 2022") were read.
 * What now counts: a job between "The" or "Our" and a comma before a person's name (a title, or a name the tagger
 * knows) opens that person's record; in a training list or section, a pathway module named alone ("Leadership",
 * "Foundations", "Basic Awareness") between the name and a date that ends the entry is that person's course — valid
 * three years, as the policy says. The course is the module, not the job before the name.
 * Stays as it is: a "Leadership" that is no course ("Leadership team – meets monthly", "– Leadership team – …", "–
 * Leadership – appointed …"), the same entry outside a training list or section, and a record still in date.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";
import { keyStaffTrainingLayouts } from "../helpers/key-staff-training-layouts.js";

const TITLE = "Safeguarding Policy — Holy Trinity Minster Choir";
const ROLES = [
  "Choir Safeguarding Officer: Mr Tobiah Quarrendon (07700 900 431)",
  "Deputy Choir Safeguarding Officer: Mrs Wenna Trelawney (07700 900 432)",
];
const OTHERS = [
  "Tobiah Quarrendon – Safeguarding Leadership – 3 September 2025",
  "Wenna Trelawney – Foundations – April 2025",
];
const LABEL = "Our training record (last completed):";

const layouts = (entry: string, label: string | undefined = LABEL): SourceDocument[] =>
  keyStaffTrainingLayouts(TITLE, ROLES, [...OTHERS, entry], label);
const messages = (document: SourceDocument) => run(trainingStale, document).map((f) => f.message);

describe("a job-titled person's pathway module in a training list", () => {
  it.each([
    [
      "The Director of Music, Dr Linnea Harcastle – Leadership – January 2023",
      "Dr Linnea Harcastle's most recent Leadership training is January 2023 — it lapsed at the end of January 2026",
    ],
    [
      "Our Head of Chaplaincy, Revd Oswin Pellow – Leadership – 12 March 2023",
      "Revd Oswin Pellow's most recent Leadership training is dated 12 March 2023 — it lapsed on 12 March 2026",
    ],
    [
      "The Choir Manager, Mrs Ilse Trevorrow – Foundations – May 2023",
      "Mrs Ilse Trevorrow's most recent Foundations training is May 2023 — it lapsed at the end of May 2026",
    ],
    [
      "The Director of Music, Dr Linnea Harcastle – Basic Awareness – October 2022",
      "Dr Linnea Harcastle's most recent Basic Awareness training is October 2022 — it lapsed at the end of October 2025",
    ],
    [
      "Dr Linnea Harcastle – Leadership – January 2023",
      "Dr Linnea Harcastle's most recent Leadership training is January 2023 — it lapsed at the end of January 2026",
    ],
    [
      "The Director of Music, Dr Linnea Harcastle – Leadership, January 2023",
      "Dr Linnea Harcastle's most recent Leadership training is January 2023 — it lapsed at the end of January 2026",
    ],
  ])("%s", (entry, message) => {
    for (const label of [LABEL, undefined])
      for (const document of layouts(entry, label)) {
        const found = messages(document);
        expect(found, `${document.format}, ${label ?? "no label"}`).toHaveLength(1);
        expect(found[0], `${document.format}, ${label ?? "no label"}`).toMatch(
          new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(it is valid for 3 years\\)`),
        );
      }
  });
});

describe("stays as it is", () => {
  it.each([
    ["a team, no course", "Leadership team – meets monthly"],
    ["a team after a name", "Dr Linnea Harcastle – Leadership team – January 2023"],
    ["an appointment", "The Director of Music, Dr Linnea Harcastle – Leadership – appointed January 2023"],
    ["a record still in date", "The Director of Music, Dr Linnea Harcastle – Leadership – January 2025"],
  ])("%s: no finding", (_what, entry) => {
    for (const document of layouts(entry)) expect(messages(document), document.format).toEqual([]);
  });

  it("the same entry outside a training list or section: no finding", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        "## Who's who",
        "",
        ...ROLES.flatMap((r) => [r, ""]),
        "- The Director of Music, Dr Linnea Harcastle – Leadership – January 2023",
        "",
      ].join("\n"),
    );
    expect(messages(document)).toEqual([]);
  });
});
