/** The Liquid engine for inline values: strict variables and filters, our date filters. */
import { Liquid } from "liquidjs";
import { formatMonthYear, formatUkDate } from "./dates.js";

export function createLiquid(): Liquid {
  const liquid = new Liquid({ strictVariables: true, strictFilters: true, ownPropertyOnly: true });
  liquid.registerFilter("uk_date", (value: unknown) =>
    typeof value === "string" ? formatUkDate(value) : value,
  );
  liquid.registerFilter("month_year", (value: unknown) =>
    typeof value === "string" ? formatMonthYear(value) : value,
  );
  return liquid;
}
