/**
 * Training read from a careful new user's policy, in our own words; every name and setting is invented. As of 1
 * December 2026.
 * A chapel's statement names its safeguarding officer ("Our Chapel Safeguarding Officer is Mr Idris Penhallow …") and,
 * for when he cannot be reached, "the Rector, the Reverend Tobias Quennell". Under "Training", each one's course is
 * told by job title alone: "The Chapel Safeguarding Officer completed … in May 2023 …. The Rector completed
 * Leadership in September 2021." A sentence whose subject is a job the policy gives a holder for is that holder's
 * record, so each lapsed course is reported under the person's name. A job nobody is named for, an outside body's
 * officer ("The Diocesan Safeguarding Officer …"), a line read on past its sentence into the next job's, and a course
 * still current name nobody / give nothing.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (contacts: string, training: string) =>
  [
    "# St Brannoc's Chapel, Tregarrow – Safeguarding Policy Statement",
    "",
    "Adopted by the Chapel Council on 3 March 2026. Reviewed every year.",
    "",
    "## Our Chapel Safeguarding Officer",
    "",
    contacts,
    "",
    "The Diocesan Safeguarding Adviser is Dr Helen Marrack-Obi (01632 960800); she advises the chapel but is not part of it.",
    "",
    "## Training",
    "",
    training,
    "",
    "## Responding to concerns",
    "",
    "Anyone worried about a child speaks to the Chapel Safeguarding Officer or the Rector. In an emergency call 999.",
    "",
  ].join("\n");

const CONTACTS =
  "Our Chapel Safeguarding Officer is Mr Idris Penhallow (tel. 01632 960111, email cso@stbrannoc.example.org). If you cannot reach him, please contact the Rector, the Reverend Tobias Quennell (01632 960112).";

const stale = (doc: string) => checkText(trainingStale, doc, { asOf }).map((f) => f.message);

describe("a sentence whose subject is a job title the policy gives a holder for", () => {
  it("is the holder's record: the lead's by the role's words, the deputy's by 'the Rector, the Reverend …'", () => {
    const doc = policy(
      CONTACTS,
      "The Chapel Safeguarding Officer completed the Church of England Leadership pathway in May 2023 and the Basic and Foundation modules in 2021. The Rector completed Leadership in September 2021.",
    );
    expect(stale(doc)).toEqual([
      expect.stringMatching(/Mr Idris Penhallow is dated May 2023 — it lapsed at the end of May 2025/),
      expect.stringMatching(
        /for Reverend Tobias Quennell is dated September 2021 — it lapsed at the end of September 2024/,
      ),
    ]);
  });

  it("reads 'Our Rector' and 'Fr' as well", () => {
    const doc = policy(
      "Our Chapel Safeguarding Officer is Mr Idris Penhallow (tel. 01632 960111). If you cannot reach him, please contact the Rector, Fr Tobias Quennell (01632 960112).",
      "The Chapel Safeguarding Officer completed the Church of England Leadership pathway in May 2026. Our Rector completed Leadership in September 2021.",
    );
    expect(stale(doc)).toEqual([expect.stringMatching(/for Fr Tobias Quennell is dated September 2021/)]);
  });
});

describe("stays as it is", () => {
  it("a job the policy names nobody for keeps its unnamed finding", () => {
    const doc = policy(
      CONTACTS,
      "The Chapel Safeguarding Officer completed the Church of England Leadership pathway in May 2026. The Churchwarden completed Leadership in September 2021.",
    );
    expect(stale(doc)).toEqual([expect.stringMatching(/^The training on this line is dated September 2021/)]);
  });

  it("another body's officer is not the chapel's safeguarding officer", () => {
    const doc = policy(
      CONTACTS,
      "The Diocesan Safeguarding Officer completed the Church of England Leadership pathway in May 2023 and the Basic module in 2022.",
    );
    expect(stale(doc)).toEqual([expect.stringMatching(/^The training on this line is dated May 2023/)]);
  });

  it("a line read on into the next job's sentence is nobody's: no lead is left without training", () => {
    const doc = policy(
      "**Chapel Safeguarding Officer:** Mr Idris Penhallow\nTelephone: 01632 960111\n\n**Incumbent:** The Reverend Tobias Quennell, Rector\nTelephone: 01632 960112\n\nIf the Chapel Safeguarding Officer is not available, speak to the Rector.",
      "The Chapel Safeguarding Officer has completed the Basic and Foundation modules and the Leadership module (Tregarrow deanery, 04/2023). The Rector completed the Leadership module in 09/2025. Group leaders renew the Foundation module every three years.",
    );
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
    expect(stale(doc)).toEqual([expect.stringMatching(/^The training on this line is dated April 2023/)]);
  });

  it("a course still current gives nothing", () => {
    const doc = policy(
      CONTACTS,
      "The Chapel Safeguarding Officer completed the Church of England Leadership pathway in May 2026. The Rector completed Leadership in September 2025.",
    );
    expect(stale(doc)).toEqual([]);
  });
});
