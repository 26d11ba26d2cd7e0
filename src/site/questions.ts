/**
 * The self-audit's questions, and which rule answers which: the page groups a check's findings under these
 * (issue 13). One small table, so a new rule is placed by adding one line; a rule not listed goes to "Other".
 * Pure: no DOM, no Node — tested in Node (test/site-questions.test.ts) and bundled into the page.
 */
import type { Finding } from "../model.js";

export interface Question {
  id: "leads" | "in-date" | "contacts" | "template" | "other";
  /** The question as the self-audit form asks it. */
  text: string;
  /** The rule ids whose findings answer it. */
  rules: readonly string[];
}

export const QUESTIONS: readonly Question[] = [
  {
    id: "leads",
    text: "Is a lead named and trained?",
    rules: ["lead-missing", "deputy-missing", "training-missing", "training-undated", "training-stale"],
  },
  {
    id: "in-date",
    text: "Is the policy in date?",
    rules: [
      "review-date-missing",
      "review-overdue",
      "review-due-soon",
      "approval-outdated",
      "outdated-reference",
    ],
  },
  {
    id: "contacts",
    text: "Are the contacts right?",
    rules: ["contact-mismatch", "national-contact", "lead-contact-missing"],
  },
  {
    id: "template",
    text: "Is anything left from the template?",
    rules: ["placeholder-text", "empty-link"],
  },
  { id: "other", text: "Other things to look at", rules: [] },
];

export function questionFor(ruleId: string): Question {
  return QUESTIONS.find((q) => q.rules.includes(ruleId)) ?? QUESTIONS[QUESTIONS.length - 1];
}

export interface QuestionGroup {
  question: Question;
  findings: Finding[];
}

/** Every question in order (also those with nothing found: the page says so), each with its findings. */
export function groupByQuestion(findings: readonly Finding[]): QuestionGroup[] {
  return QUESTIONS.map((question) => ({
    question,
    findings: findings.filter((f) => questionFor(f.ruleId) === question),
  }));
}

export type Rating = "red" | "amber" | "green";

export interface Summary {
  rating: Rating;
  /** The rating as a word: "Red", "Amber", "Green" (never colour alone). */
  label: string;
  errors: number;
  warnings: number;
  /** One sentence for the top of the results. */
  headline: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Red: something must be fixed; amber: only things to check; green: nothing found. */
export function summarise(findings: readonly Finding[]): Summary {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  if (errors)
    return {
      rating: "red",
      label: "Red",
      errors,
      warnings,
      headline: `${count(errors, "thing must", "things must")} be fixed${warnings ? `, and ${count(warnings, "more is", "more are")} worth checking` : ""}.`,
    };
  if (warnings)
    return {
      rating: "amber",
      label: "Amber",
      errors,
      warnings,
      headline: `Nothing must be fixed, but ${count(warnings, "thing is", "things are")} worth checking.`,
    };
  return {
    rating: "green",
    label: "Green",
    errors,
    warnings,
    headline: "We found nothing to fix in this policy.",
  };
}

/** Where a finding is, in words a person can find in their own file. */
export function whereText(finding: Finding): string {
  if (finding.location) return finding.location.charAt(0).toUpperCase() + finding.location.slice(1);
  if (finding.line) return `Line ${finding.line}`;
  return "The whole document";
}

/** What the severity means for the reader. */
export function severityText(finding: Finding): string {
  return finding.severity === "error" ? "Must fix" : "Worth checking";
}
