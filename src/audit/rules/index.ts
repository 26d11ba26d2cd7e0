/** The rule registry: every rule, listed explicitly (markdownlint style). Order is report order. */
import type { Rule } from "../rule.js";
import { rule as approvalOutdated } from "./approval-outdated.js";
import { rule as contactMismatch } from "./contact-mismatch.js";
import { rule as contentsMismatch } from "./contents-mismatch.js";
import { rule as deputyMissing } from "./deputy-missing.js";
import { rule as emptyLink } from "./empty-link.js";
import { rule as leadContactMissing } from "./lead-contact-missing.js";
import { rule as leadMissing } from "./lead-missing.js";
import { rule as nationalContact } from "./national-contact.js";
import { rule as outdatedReference } from "./outdated-reference.js";
import { rule as placeholderText } from "./placeholder-text.js";
import { rule as reviewDateMissing } from "./review-date-missing.js";
import { rule as reviewDueSoon } from "./review-due-soon.js";
import { rule as reviewOverdue } from "./review-overdue.js";
import { rule as sectionReference } from "./section-reference.js";
import { rule as trainingMissing } from "./training-missing.js";
import { rule as trainingStale } from "./training-stale.js";
import { rule as trainingUndated } from "./training-undated.js";

export const rules: readonly Rule[] = [
  placeholderText,
  emptyLink,
  reviewDateMissing,
  reviewOverdue,
  reviewDueSoon,
  approvalOutdated,
  leadMissing,
  deputyMissing,
  leadContactMissing,
  trainingMissing,
  trainingUndated,
  trainingStale,
  outdatedReference,
  contentsMismatch,
  sectionReference,
  contactMismatch,
  nationalContact,
];
