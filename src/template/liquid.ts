/**
 * The Liquid engine for inline values: strict variables and filters, our date filters, and limits so no
 * value can run for ever or fill the memory (`{{ (1..100000000) | join }}`): each {{ … }} may be at most
 * PARSE_LIMIT characters, make at most MEMORY_LIMIT characters or list items, and run at most RENDER_LIMIT_MS.
 */
import { Liquid } from "liquidjs";
import { formatMonthYear, formatUkDate } from "./dates.js";

export const PARSE_LIMIT = 10_000;
export const MEMORY_LIMIT = 1_000_000;
export const RENDER_LIMIT_MS = 10_000;

export function createLiquid(): Liquid {
  const liquid = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    parseLimit: PARSE_LIMIT,
    memoryLimit: MEMORY_LIMIT,
    renderLimit: RENDER_LIMIT_MS,
  });
  // Liquid's own date filter turns "now" and "today" into the clock's time: a policy built tomorrow would
  // differ from one built today. Every other use of it is left as Liquid has it.
  const builtinDate = (liquid as unknown as { filters: Record<string, (...args: unknown[]) => unknown> })
    .filters.date;
  liquid.registerFilter("date", function (this: unknown, value: unknown, ...args: unknown[]) {
    if (typeof value === "string" && /^\s*(now|today)\s*$/i.test(value))
      throw new Error(
        `the date filter with "${value.trim()}" reads the clock, so the policy would change from one day to the next — use one of the setting's dates instead, e.g. {{ policy.written | uk_date }}`,
      );
    return builtinDate.call(this, value, ...args);
  });
  liquid.registerFilter("uk_date", (value: unknown) =>
    typeof value === "string" ? formatUkDate(value) : value,
  );
  liquid.registerFilter("month_year", (value: unknown) =>
    typeof value === "string" ? formatMonthYear(value) : value,
  );
  return liquid;
}
