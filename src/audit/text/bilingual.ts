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

/**
 * The words that label a policy's review, approval, adoption, agreement, signature, update or issue in Welsh, Irish or
 * Scottish Gaelic ("Adolygwyd ddiwethaf / Last reviewed:", "Faofa / Approved:"), each a stem (with Welsh mutations)
 * to be followed by the rest of the word. The part before the slash of a bilingual label must hold one.
 */
export const OTHER_LANGUAGE_REVIEW_WORD = [
  // Welsh, with its mutations: adolygu, cymeradwyo (gymeradwyo), mabwysiadu (fabwysiadu), cytuno (gytuno),
  // llofnodi (lofnodi), diweddaru (ddiweddaru), cadarnhau (gadarnhau), cyhoeddi (gyhoeddi).
  "h?adolyg",
  "[cg]ymeradw",
  "[mf]abwysiad",
  "[cg]ytun",
  "l?lofnod",
  "d?diweddar",
  "[cg]adarnha",
  "[cg]yhoedd",
  // Irish: athbhreithniú, faofa/faomhadh, ceadaithe, glactha, comhaontaithe, sínithe, nuashonraithe, eisithe.
  "athbhreithn",
  "fh?aof",
  "fh?aomh",
  "c(?:h)?eada",
  "g(?:h)?lact",
  "c(?:h)?omhaont",
  "s[ií]ni(?:[uú]|the)",
  "nuashonr",
  "eisit",
  // Scottish Gaelic: ath-sgrùdadh, aontachadh, gabhail ri, soidhnigeadh, ceadaichte, ùrachadh, foillsichte.
  "ath-?sgr[uù]d",
  "aonta",
  "gabhail",
  "soidhn",
  "ceadaich",
  "[uù]rach",
  "foillsich",
].join("|");

/**
 * Whether either half of a bilingual label passes a test — "Enw / Name", "Pob hyfforddwr / All coaches",
 * "Dyddiad adnewyddu / Renewal date" — or the whole label, when it has one language only.
 */
export function eitherHalf(label: string, test: (half: string) => boolean): boolean {
  return label.split(/\s+\/\s+/).some((half) => test(half.trim()));
}
