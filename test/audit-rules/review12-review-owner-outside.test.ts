/**
 * Review 12 (issue 11) of 2534973, in our own words; every name is invented. As of 1 December 2026.
 * A passive last look "by …" is the setting's own review only when the setting's own body owns the body named:
 * - in "A of B" B owns A, in "A's B" A owns B: "the committee of Wexcombe County Youth FC" and "Wexcombe County
 *   Youth FC's committee" are the club's; "the County FA's safeguarding committee", "the Safeguarding Partnership's
 *   board", "the local safeguarding partnership's trustees" are the outside body's;
 * - in one name the words before its last ("Committee", "Board", "Council") say whose it is: "the County FA Welfare
 *   Committee", "the County Safeguarding Board", "the Hollowmere Safeguarding Partnership Board" are outside; "the
 *   parish council", "the Students' Union Council", "the management committee" are the setting's own;
 * - a council with no such word ("Thornbury Council", "the Council") is not the setting's own; "the Council of
 *   Management" is.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const look = (who: string, date = "2 October 2025") =>
  reviewFindings(
    [
      "# Thornbury Tots — Safeguarding Policy",
      "",
      "Our Designated Safeguarding Lead is Mrs Ffion Garside.",
      "",
      `This policy is reviewed every year. This policy was last looked at by ${who} on ${date}.`,
      "",
    ].join("\n"),
    asOf,
  ).map((f) => f.rule);

describe("a passive last look by a body outside the setting", () => {
  it("is not the owner's review when an outside body owns the body named", () => {
    for (const who of [
      "the County FA's safeguarding committee",
      "Brackley County FA's welfare committee",
      "the County FA Welfare Committee",
      "the County Safeguarding Board",
      "the Thornbury Safeguarding Partnership Board",
      "the Safeguarding Partnership's board",
      "the local safeguarding partnership's trustees",
      "the board of the safeguarding partnership",
      "Thornbury Council",
      "the Council",
      "the county safeguarding adviser",
      "an independent safeguarding consultant",
      "the Education Authority",
      "the Borough's safeguarding team",
    ]) {
      expect(look(who), who).toEqual(["review-date-missing"]);
    }
  });
});

describe("a passive last look by the setting's own body", () => {
  it("is the owner's review", () => {
    for (const who of [
      "the Council of Management",
      "the committee of Wexcombe County Youth FC",
      "Wexcombe County Youth FC's committee",
      "Wexcombe County Youth FC Committee",
      "the Students' Union Council",
      "the parish council",
      "the Parochial Church Council",
      "the Board of Trustees",
      "the management committee",
      "the committee",
      "our Safeguarding Advisor",
      "the club's safeguarding adviser",
      "the county adviser and the management committee",
      "Ms Ffion Garside",
    ]) {
      expect(look(who), who).toEqual(["review-overdue"]);
      expect(look(who, "2 October 2026"), who).toEqual([]);
    }
  });
});
