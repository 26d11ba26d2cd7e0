/**
 * Words of the other language in a bilingual (Welsh / English, Irish / English, Gaelic / English) policy.
 */

/**
 * The verb that starts a template's instruction in Welsh, Irish or Scottish Gaelic — each puts the verb first:
 * "rhowch rif" (give a number), "ychwanegwch ddyddiad" (add a date), "cuir isteach" (put in), "sgrìobh" (write).
 * Stems, to be followed by the rest of the word.
 */
export const OTHER_LANGUAGE_INSTRUCTION = [
  // Welsh, formal and familiar: rhowch/rho, ychwanegwch, nodwch, ysgrifennwch, mewnosodwch, llenwch, rhestrwch,
  // teipiwch, gosodwch/gosod, dewiswch.
  "rho(?:wch|i)?",
  "ychwaneg",
  "nod(?:wch|a)",
  "ysgrifen",
  "mewnosod",
  "llen(?:wch|wa)",
  "rhestr(?:wch|a)",
  "teipi",
  "gosod",
  "dewis(?:wch)?",
  // Irish: cuir (isteach / leis), scríobh, líon, iontráil, liostaigh, clóscríobh, roghnaigh.
  "cuir",
  "scr[ií]obh",
  "l[ií]on",
  "iontr[aá]il",
  "liostaigh",
  "cl[oó]scr[ií]obh",
  "roghnaigh",
  // Scottish Gaelic: cuir (a-steach / ris), sgrìobh, lìon, liostaich, tagh.
  "sgr[iì]obh",
  "l[iì]on",
  "liostaich",
  "tagh",
].join("|");
