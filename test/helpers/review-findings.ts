/**
 * The review rules' findings on a Markdown (or PDF-shaped) text as [rule id, message] pairs, and a short policy to
 * put review sentences in: for the review tests, which ask all three rules at once.
 */
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "./audit-context.js";

export function reviewFindings(
  text: string,
  { asOf, format = "md" }: { asOf: string; format?: "md" | "pdf" },
): Array<[string, string]> {
  return [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f): [string, string] => [rule.meta.id, f.message]),
  );
}

/** A policy with `title` as its heading, each of `body` a paragraph, then a section naming `lead` as the one to tell. */
export function reviewPolicy(lead: string, title: string, ...body: string[]): string {
  return [
    `# ${title}`,
    "",
    ...body.flatMap((b) => [b, ""]),
    "## 1. Who to tell",
    "",
    `Tell the welfare officer, ${lead}, the same day.`,
    "",
  ].join("\n");
}
