/** A short policy whose training table has the lead's dated row and then `row`: for tests of one training row. */
export const trainingTablePolicy = (row: string) =>
  [
    "# Harbourside Activity Centre — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Ms Petra Quayle. Next review: September 2027.",
    "",
    "## 6. Training",
    "",
    "| Name | Course | Completed | Refresher due |",
    "| --- | --- | --- | --- |",
    "| Petra Quayle | Designated Safeguarding Lead training | 14/05/2025 | 05/2027 |",
    row,
    "",
  ].join("\n");
