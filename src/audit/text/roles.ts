/**
 * The words policies use for the designated safeguarding lead and deputies, and the words that are never part
 * of a person's name. Data, not logic: leads.ts builds its expressions from these lists.
 *
 * Kept here as TypeScript rather than in data/roles.yaml: the audit core runs in the browser too, where no
 * file can be read and no YAML parser is loaded, and a generated copy would be a second source of truth to
 * keep in step. Each list says where its words come from.
 *
 * Sources: Keeping Children Safe in Education 2025 Annex C ("designated safeguarding lead", deputies);
 * EYFS statutory framework 2025 3.7 ("designated safeguarding lead", formerly "lead practitioner"); the FA and
 * RFU safeguarding policies ("Club Welfare Officer", "Club Safeguarding Officer"); church and scouting
 * templates ("Parish Safeguarding Officer", "Safeguarding Co-ordinator", "Named Person"); council templates
 * ("Designated Person", "Child Protection Officer / Co-ordinator / Representative"); Working Together 2023 for
 * the LADO ("designated officer", which is the council's allegations officer, not the setting's lead).
 * Checked against published policies, November 2026 (see ../shared/REAL-WORLD-TEXT.md).
 */

/**
 * Phrases that name the setting's safeguarding lead. Written in lower case, one space between words; a
 * "co-ordinator" also matches "coordinator" and "Co- ordinator" (a PDF's hyphenation).
 */
export const LEAD_ROLE_PHRASES: readonly string[] = [
  "designated safeguarding lead",
  "designated safeguarding leader",
  "designated safeguard lead", // (sic), seen more than once
  "designated safeguarding officer",
  "designated safeguarding person",
  "designated senior person",
  "designated senior lead",
  "designated person",
  "designated lead",
  "designated safeguarding practitioner",
  "lead safeguarding practitioner",
  "lead practitioner for safeguarding",
  // Charities' and housing providers' "Lead Officer for Safeguarding" (with its words after "Lead Officer" only: a
  // council's "lead officer" for housing or licensing is someone else).
  "lead officer for safeguarding",
  "lead officer for child protection",
  "safeguarding lead",
  "safeguarding leader",
  "safeguarding officer",
  // Motorcycle sport and some councils' clubs: the "Safeguarding Children Officer" and its "Deputy Safeguarding
  // Children Officers" (the words run "safeguarding children", as in "Local Safeguarding Children Board").
  "safeguarding children officer",
  "safeguarding co-ordinator",
  "safeguarding and welfare officer",
  "safeguarding & welfare officer",
  "club safeguarding officer",
  "club welfare officer",
  "welfare officer",
  // Sports leagues and youth clubs that name the role for what it does rather than the FA's title: "League welfare
  // lead", "Club Welfare Lead" (a contacts table's role cell, an appendix's list of who to call).
  "welfare lead",
  "child protection officer",
  "child protection lead",
  "child protection co-ordinator",
  "child protection representative",
  "child protection designated person",
  "safeguarding champion", // England Boxing's name for the club's lead
  "club safeguarding lead",
  "named person",
  "named person for safeguarding",
  "person with lead responsibility for safeguarding",
  "person who leads on safeguarding",
  // Faith, community and small settings: "The Nominated Person for safeguarding is:", "our Safeguarding
  // Manager, …", "the Child Welfare Officer".
  "nominated person",
  "nominated safeguarding person",
  "nominated safeguarding lead",
  "safeguarding manager",
  "child welfare officer",
  "children's welfare officer",
  "person who leads on child protection",
  // Universities, students' unions and colleges: the member of staff who leads is the "Safeguarding Contact" (a
  // society's or club's student Welfare Officer passes concerns on to them). Outside bodies' contacts ("the
  // council's Safeguarding Contact") are refused as every role's are.
  "safeguarding contact",
  "designated safeguarding contact",
  "lead safeguarding contact",
  "named safeguarding contact",
  // Northern Ireland's schools: the "Designated Teacher for Child Protection" is the lead (the Department of
  // Education's "Safeguarding and Child Protection in Schools", 2019/2020 edition). Alone, "designated teacher" is
  // England's for looked-after children: see REGIONAL_LEAD_PHRASES.
  "designated teacher for child protection",
  "designated teacher for safeguarding",
  "designated teacher for safeguarding and child protection",
  "designated teacher for child protection and safeguarding",
  // Ireland: the "Designated Liaison Person" (DLP) and "Deputy Designated Liaison Person" lead (Tusla's Children First
  // National Guidance 2017; the Children First Act 2015; the GAA's, Sport Ireland's and schools' policies, north and
  // south of the border). The words name no other role.
  "designated liaison person",
  // Scottish sport: the club's lead is its "Child Wellbeing and Protection Officer" (CWPO), the role sportscotland's
  // and Children 1st's Child Wellbeing and Protection in Sport service trains, which replaced the "Child Protection
  // Officer" (the Scottish FA's "Club Child Wellbeing & Protection Officer"; Mountaineering Scotland's "Child
  // Wellbeing Protection Officer"). A club may drop "Child": "our Wellbeing and Protection Officer".
  "child wellbeing & protection officer",
  "child well-being & protection officer",
  "child wellbeing protection officer",
  "wellbeing & protection officer",
  "well-being & protection officer",
  // sportscotland's titles since 2021: the "Wellbeing and Protection Lead" (WPL) or "Wellbeing and Protection
  // Officer" (WPO), with a "Depute WPL".
  "wellbeing & protection lead",
  "well-being & protection lead",
  "child wellbeing & protection lead",
  // The Catholic Church in England and Wales: a parish's lead is its "Parish Safeguarding Representative" (PSR), the
  // one who stands in its "Assistant Parish Safeguarding Representative" (the Catholic Safeguarding Standards
  // Agency's standards and the dioceses' parish safeguarding handbooks). With "Parish" only: a bell tower's "Tower
  // Safeguarding Representative" deputises for the parish's officer, and a board's "safeguarding representative"
  // oversees without taking concerns.
  "parish safeguarding representative",
  "parish safeguarding rep",
  // Health providers (hospices, community health services): the provider's own lead is its "Named Professional for
  // Safeguarding" (the Intercollegiate Documents' "named professionals", 2019 and 2018 editions, who lead within a
  // provider; the "designated professionals" are the ICB's). Only with "for safeguarding": "a named professional"
  // alone is anyone a family is given. Not the "Named Nurse" or "Named Doctor": policies name the hospital trust's,
  // who advise and are not the setting's lead.
  "named professional for safeguarding",
  // A service for children and adults names its lead for both: "Safeguarding Adults and Children Lead". The
  // safeguarded people's words stand between "Safeguarding" and "Lead"; never a body's word ("Safeguarding Children
  // Partnership Lead"). Not "Safeguarding Adults Lead" alone: beside a children's lead, that is another person.
  "safeguarding children lead",
  "safeguarding children & adults lead",
  "safeguarding adults & children lead",
  "safeguarding children & young people lead",
  "safeguarding children, young people & adults lead",
];

/**
 * A health body's named professionals besides the "Named Professional for Safeguarding" above: the "Named Nurse",
 * "Named Doctor", "Named Midwife" and "Named GP for Safeguarding (Children|Adults)" (the Intercollegiate Documents). A
 * school's or club's policy names them as the trust's advisers, never its lead; only a service of the trust itself
 * says its safeguarding lead is one of them ("The play service's safeguarding lead is the Trust's Named Nurse for
 * Safeguarding Children, …"), and there the title is its lead's and "Deputy Named Nurse …" its deputy's.
 */
export const NAMED_HEALTH_PROFESSIONS: readonly string[] = ["Nurse", "Doctor", "Midwife", "GP"];

/**
 * Phrases that name the lead only in one nation's policies, where another nation uses the same words for another
 * role. A policy is that nation's when it names one of `marks` (its safeguarding board, its guidance, the nation
 * itself); there the phrase is the lead (with a deputy prefix, the deputy), unless a word of `notFor` follows it.
 * Northern Ireland: "Designated Teacher" (the DT) and "Deputy Designated Teacher" (DDT) for child protection
 * (Department of Education NI, "Safeguarding and Child Protection in Schools"; SBNI's "Co-operating to Safeguard
 * Children and Young People in Northern Ireland", 2017). England's designated teacher is for looked-after children
 * (Children and Young Persons Act 2008 s.20), as is Northern Ireland's own for children in care.
 */
export const REGIONAL_LEAD_PHRASES: ReadonlyArray<{
  nation: string;
  marks: readonly string[];
  phrases: readonly string[];
  notFor: readonly string[];
  /** Words that show the document uses the phrase as another nation does (England's LADO): then it is not the lead. */
  unless?: readonly string[];
  /** Only as a title, capitalised ("Children's Officer", "CHILDREN'S OFFICER"): in lower case the words describe. */
  capitalised?: boolean;
}> = [
  {
    nation: "Northern Ireland",
    marks: [
      "northern ireland",
      "sbni",
      "safeguarding board for northern ireland",
      "co-operating to safeguard",
      "education authority's child protection support service",
      "cpsss",
      "unocini",
    ],
    phrases: ["designated teacher"],
    notFor: [
      "looked after",
      "looked-after",
      "children in care",
      "care experienced",
      "care-experienced",
      "lac",
      "cla",
    ],
  },
  // Northern Ireland's voluntary and community sector: the "Designated Officer" and "Deputy Designated Officer" lead
  // on safeguarding (Volunteer Now's "Keeping Children Safe" model policy; SBNI's "Regional Core Child Protection
  // Policy and Procedures"). In England the words name the council's LADO (Working Together 2023, chapter 4), so
  // the marks are Northern Ireland's own law and services, not the nation's name alone (an English policy may
  // mention AccessNI's country), and a document that speaks of a LADO uses England's sense.
  {
    nation: "Northern Ireland",
    marks: [
      "sbni",
      "safeguarding board for northern ireland",
      "co-operating to safeguard",
      "children (northern ireland) order",
      "unocini",
      "volunteer now",
      "gateway service",
      "psni",
    ],
    phrases: ["designated officer"],
    notFor: ["allegations", "lado", "local authority"],
    unless: ["lado", "local authority designated officer", "designated officer for allegations"],
  },
  // Irish and Northern Irish sport: the club's lead is its "Children's Officer" ("Club Children's Officer"), and the
  // one who stands in its "Deputy Children's Officer" (Sport NI's and Sport Ireland's safeguarding guidance, Swim
  // Ireland's Safeguarding Children Policy, the GAA's Code of Behaviour, which trains a "Club Children's Officer").
  // Where the policy has a "Designated Liaison Person" too, the DLP takes the concerns (Children First 2017, the GAA's
  // code) and the Children's Officer promotes welfare: not the lead. Only capitalised, as a title: "the council's
  // children's officer" in running text describes someone.
  {
    nation: "Ireland and Northern Ireland",
    marks: [
      "northern ireland",
      "sbni",
      "co-operating to safeguard",
      "children (northern ireland) order",
      "gateway service",
      "psni",
      "accessni",
      "sport ni",
      "swim ireland",
      "sport ireland",
      "tusla",
      "children first",
      "garda",
      "gardaí",
      "gaa",
    ],
    phrases: ["children's officer"],
    notFor: [],
    unless: ["designated liaison person"],
    capitalised: true,
  },
];

/**
 * Phrases that name the deputy on their own, with no lead phrase in them: "If Ria is away, the second contact
 * is:", "our back-up contact for safeguarding". Read as the deputy only where the line is about safeguarding
 * or someone's absence, or a named lead stands just above (a child's "second contact" on a form is a parent).
 */
export const DEPUTY_ROLE_PHRASES: readonly string[] = [
  "second contact",
  "second point of contact",
  "back-up contact",
  "backup contact",
  "back up contact",
  "alternate contact",
  "alternative contact",
  "deputy contact",
  "second safeguarding contact",
  "back-up safeguarding contact",
];

/**
 * Words before a lead's title that make it the deputy's, and that may stand before the title's last word alone
 * ("Depute Co-ordinator", "Backup Champion" where the lead is the "Safeguarding Champion"): written capitalised or
 * in capitals there, as a title.
 */
export const DEPUTY_TITLE_PREFIXES: readonly string[] = [
  "deputy",
  // Scots for deputy: "Depute Child Protection Co-ordinator" (Scottish Government, National Guidance for Child
  // Protection in Scotland 2021, and Scottish charities' and schools' policies).
  "depute",
  "assistant",
  "alternate",
  // Clubs that call their lead a "Champion" or "Officer" may call the one who stands in the "Back-up Champion"
  // (never "back up", the verb).
  "back-up",
  "backup",
];

/** Words before a lead phrase that make it the deputy: "Deputy DSL", "Alternate Safeguarding Officer". */
export const DEPUTY_PREFIXES: readonly string[] = [...DEPUTY_TITLE_PREFIXES, "alternative", "second"];

/**
 * A label that is the deputy on its own, at the start of a line or alone in a table cell: "Deputy: Leon Ashby".
 * Never on its own in running text ("the deputy manager").
 */
export const DEPUTY_LABELS: readonly string[] = ["deputy", "deputies", "depute", "alternate", "alternates"];

/** Abbreviations, matched in capitals only ("dsl" in lower case is not the acronym). */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, "dsl" | "deputy">> = {
  DSL: "dsl",
  DSO: "dsl",
  DSP: "dsl",
  DDSL: "deputy",
  DDSO: "deputy",
  // Scottish sport's "Child Wellbeing and Protection Officer" (see LEAD_ROLE_PHRASES): clubs write "CWPO" without
  // defining it, as sportscotland's and Children 1st's guidance does ("Depute CWPOs: …").
  CWPO: "dsl",
  WPL: "dsl",
  WPO: "dsl",
};

/**
 * Words before a role that make it someone outside the setting: the diocese's or county's officer is a contact,
 * not the setting's own lead. "Parish", "Club", "Group" and "School" stay the setting's own. Church bodies above a
 * congregation (Methodist circuit and district, URC synod, Anglican deanery, archdeaconry and diocese: the
 * Methodist Church's "Safeguarding Policy, Procedures and Guidance" 2020 and the Church of England's "Parish
 * Safeguarding Handbook" 2024 name their officers and advisers so). In the wider body's own policy — its title
 * names the body ("Wexcombe Methodist Circuit — Safeguarding Policy") — its officer is its lead. A council's or
 * trust's "Corporate Safeguarding Officer" advises all its services and is not a service's lead (in the body's own
 * "Corporate Safeguarding Policy" the title names it, and the officer is its lead).
 */
export const OUTSIDE_PREFIXES: readonly string[] = [
  "corporate",
  "diocesan",
  "diocese",
  "circuit",
  "synod",
  "deanery",
  "archdeaconry",
  "county",
  "regional",
  "national",
  "local authority",
  "council",
  "council's",
  "district",
  "area",
  "provincial",
  "la",
];

/**
 * The bodies whose officer, named in the possessive before a role ("the Trust's", "Brambleton Primary School's",
 * "Wexcombe Diocese's"), may be another organisation's rather than the setting's: only when the policy says so of
 * that officer ("She is not a lead for the club") is the officer someone else — or, after "the" ("The University's
 * Safeguarding Lead is Dr A"), where the policy names its own lead and its own name does not name the body
 * (POSSESSIVE_BODY_NAMES).
 */
export const POSSESSIVE_BODIES: readonly string[] = [
  "university",
  "trust",
  "diocese",
  "county",
  "council",
  "federation",
  "foundation",
  "college",
  "union",
  "district",
  "circuit",
  "synod",
  "region",
  "authority",
  "board",
  "association",
  "school",
  "academy",
  "church",
  "chapel",
  "parish",
  "nursery",
  "centre",
];

/**
 * The words a policy's own name may use for a body of each kind in POSSESSIVE_BODIES (a kind not listed: its own word):
 * "Brambleton Primary" and "Westmead Academy" name a school, "St Aidan's Parish" a church. A policy whose name holds
 * none of them is not that body's own, and "the School's DSL" there may be a partner's officer.
 */
export const POSSESSIVE_BODY_NAMES: Readonly<Record<string, readonly string[]>> = {
  university: ["university", "universities"],
  college: ["college", "sixth form"],
  school: [
    "school",
    "academy",
    "primary",
    "secondary",
    "infants",
    "infant",
    "grammar",
    "high",
    "prep",
    "preparatory",
    "college",
    "federation",
  ],
  academy: ["academy", "school", "college"],
  church: ["church", "chapel", "parish", "cathedral", "minster", "abbey", "chaplaincy", "congregation"],
  chapel: ["church", "chapel", "parish", "congregation"],
  parish: ["church", "chapel", "parish", "congregation"],
  nursery: ["nursery", "pre-school", "preschool", "kindergarten", "early years"],
  diocese: ["diocese", "diocesan"],
  region: ["region", "regional"],
  authority: ["authority", "council"],
  centre: ["centre", "center"],
};

/**
 * Roles that look like the lead and are not. The "designated officer" is the council's LADO (allegations
 * against staff); the "designated teacher" is for looked-after children; a "designated governor" or
 * "safeguarding governor" oversees the policy but does not take concerns. Never matched as a lead.
 */
export const NOT_LEAD_PHRASES: readonly string[] = [
  "local authority designated officer",
  "designated officer",
  "designated teacher",
  "designated governor",
  "designated safeguarding governor",
  "safeguarding governor",
  "safeguarding link governor",
  "link governor",
  "governor for safeguarding",
  "governor for child protection",
  "governor with responsibility for safeguarding",
  "governor with lead responsibility for safeguarding",
  "safeguarding trustee",
  "trustee for safeguarding",
  "trustee for child protection",
  "trustee with responsibility for safeguarding",
  "trustee with lead responsibility for safeguarding",
  "nominated safeguarding trustee",
  "nominated governor",
  "nominated trustee",
];

/**
 * A governor's or trustee's title written straight before or after a lead's role words: "Governor Designated
 * Safeguarding Lead: …", "Trustee Safeguarding Officer – …", "Designated Safeguarding Lead (Governor)". The
 * board's overseer, not the lead. "Trustee and DSL" (a small charity's trustee who is the lead) is not one title.
 */
export const OVERSEER_TITLES: readonly string[] = ["governor", "governors", "trustee", "trustees"];

/**
 * Words before a role that make its holder a past one: "our previous DSL, Mrs Gail Tobin", "the former Welfare
 * Officer". Not "acting" or "interim" (a holder now), nor "outgoing" or "retiring" (still the holder until
 * they go).
 */
export const FORMER_PREFIXES: readonly string[] = ["previous", "former", "retired", "past", "ex-", "ex"];

/** Words after a role that make it something else: "DSL training", "the safeguarding lead's duties". */
export const ROLE_FOLLOWERS: readonly string[] = [
  "training",
  "update",
  "updates",
  "course",
  "courses",
  "refresher",
  // "Welfare Officer Pathway – 09/2025": a course for the role's holders, named after the role.
  "pathway",
  "pathways",
  "level",
  "role",
  "roles",
  "duties",
  "responsibilities",
  "network",
  "forum",
  "handbook",
  "briefing",
  "supervision",
  "meeting",
  "meetings",
  "cluster",
  "job",
  "post",
  // "from the CWO's records", "the DSL's records": what the role keeps, not a label for its holder.
  "records",
  // "Mr Colm Reid (Safeguarding Lead Governor)", "DSL trustee": the governor or trustee who oversees the policy.
  "governor",
  "governors",
  "trustee",
  "trustees",
];

/** Titles before a name. */
export const HONORIFICS: readonly string[] = [
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  "dr",
  "prof",
  "professor",
  "rev",
  "revd",
  "rev'd",
  "rev’d",
  "reverend",
  "fr",
  "father",
  "sr",
  "sister",
  // A faith community's brothers and teachers: "Br. Idris Malik", "Brother Anselm", "Ustadha Huda Karim".
  "br",
  "brother",
  // A church's titles for its members, leaders and ministers: "Sis. Grace Boateng", "Bro. Samuel Adjei", "Deaconess
  // Ruth Oyelaran", "Elder Joyce Mbeki" (a title only before a name: "Jane Elder" is a surname).
  "sis",
  "bro",
  "deacon",
  "deaconess",
  "elder",
  "evangelist",
  "apostle",
  "minister",
  "ustadh",
  "ustadha",
  "canon",
  // The Church of England's archdeacons and bishops: "The Ven. Miriam Oduya", "Rt Revd Peter Lomax".
  "ven",
  "venerable",
  "rt",
  "pastor",
  "rabbi",
  "imam",
  "sir",
  "dame",
  "lady",
  "lord",
  "cllr",
  // A service club's members: "Rtn. Ana Cole" (a Rotarian). Not "Lion", a Lions Club member's title but a word in
  // many other places ("Lion Dance", "Lion Class").
  "rtn",
  // A martial arts club's instructors: "Sensei Dev Raman is our Club Welfare Officer" (judo, karate, aikido), "Sifu"
  // (kung fu), "Sabeum-nim" written "Sabumnim" (taekwondo).
  "sensei",
  "sifu",
  "sabumnim",
  // Titles of a community's own language: Polish "Pani Ewa Nowak", "Pan Adam Lis"; German "Frau", "Herr".
  "pani",
  "pan",
  "frau",
  "herr",
  // Hindu, Jain and Sikh titles: "Smt. Meena Rao" (Shrimati), "Shri Anil Joshi", "Sri", "Pandit Ravi Sharma", "Guru",
  // "Swami", "Giani Harjit Singh" (a Sikh scholar), "Bhai" and "Bibi" (a gurdwara's brother and sister). "Smt" is
  // also a senior management team's letters: a title only as a title is written, "Smt" or "Smt.", never "SMT".
  "smt",
  "shrimati",
  "srimati",
  "shri",
  "shree",
  "sri",
  "pandit",
  "guru",
  "swami",
  "giani",
  "bhai",
  "bibi",
  // Muslim teachers' and scholars' titles: "Maulana Idris Khan", "Mufti", "Hafiz" (one who knows the Qur'an by
  // heart), "Hafiza", "Qari" (a reciter), "Shaykh"/"Sheikh"; a rabbi's wife who teaches: "Rebbetzin".
  "maulana",
  "mawlana",
  "maulvi",
  "mufti",
  "hafiz",
  "hafiza",
  "qari",
  "shaykh",
  "sheikh",
  "rebbetzin",
];

/**
 * Academic titles written in lower case before a name, after a title or alone: Polish "Pani mgr Ewa Nowak",
 * "dr hab. Jan Lis", "mgr inż. Adam Wróbel", "lic. Anna Kowalska". They are a name's titles in either case.
 */
export const LOWER_CASE_TITLES: readonly string[] = ["mgr", "inż", "lic", "hab", "dr", "prof"];

/**
 * The titles as a pattern for the start of a name in running text ("Mrs", "Revd", "Rabbi"), capitalised as
 * they are written; longest first, so that "Mrs" is tried before "Mr". Use with `\.?` and a word boundary.
 */
export const TITLE_PATTERN: string = HONORIFICS.map((title) => title[0].toUpperCase() + title.slice(1))
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * The words of a job or post, as alternatives for a case-insensitive pattern: "Centre Manager", "Club Secretary",
 * "Parish Priest". A name written beside one of them is a post-holder's, and words with one are a job, not a name.
 * job-holder.ts reads jobs with it; leads.ts adds the roles' own words ("lead", "deputy", "contact") for a name's
 * post.
 */
export const JOB_NOUNS: string =
  "manager|director|head|headteacher|principal|leader|co-?ordinator|officer|coach|teacher|instructor|secretary|chair(?:person|man|woman)?|treasurer|administrator|supervisor|warden|minister|vicar|rector|priest|imam|pastor|proprietor|owner|founder|matron|nurse|governor|trustee|clerk|organi[sz]er|tutor|senco|bursar|caretaker|worker|assistant";

/** Lower-case words inside a name: "Femke van Dijk", "Ana de la Cruz", "Yusuf bin Hamid". */
export const NAME_PARTICLES: readonly string[] = [
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "del",
  "della",
  "di",
  "du",
  "dos",
  "das",
  "la",
  "le",
  "bin",
  "binti",
  "ibn",
  "al",
  "el",
  "ul",
  "ap",
  "ten",
  "ter",
];

/**
 * Irish and Scottish Gaelic particles before a surname, capitalised as written: "Ní Bhriain", "Nic Aoidh", "Mac an
 * tSaoir", "Ó Murchú", "Uí Néill". Not lower-case words inside a name (NAME_PARTICLES): a surname's first word.
 */
export const GAELIC_NAME_PARTICLES: readonly string[] = [
  "Ní",
  "Ni",
  "Nic",
  "Mac",
  "Mc",
  "Mhic",
  "Ó",
  "O",
  "Ua",
  "Uí",
  "Ui",
];

/**
 * A role's scope in brackets after it: the phase, key stage or site of an all-through school or a group it covers —
 * "DDSL (Prim)", "Deputy DSL (Secondary)", "DDSL (Juniors)", "Deputy DSL (Site B)", "DDSL (KS3 & KS4)" is not one
 * (two scopes are a job's words). Never initials ("DSL (JT)"), which stand for a person.
 */
export const ROLE_SCOPE =
  /^\(\s*(?:prim(?:ary)?|sec(?:ondary)?|juniors?|infants?|seniors?|nursery|eyfs|early\s+years|sixth\s+form|6th\s+form|post-?16|prep|pre-?prep|upper|lower|middle|ks\s?[1-5]|key\s+stage\s+[1-5]|(?:site|campus|building)\s+(?:[a-z]|\d{1,2}|\p{Lu}\p{Ll}+))(?:\s+(?:phase|school|site|department|dept))?\s*\)$/iu;

/**
 * Capitalised words that are never part of a person's name in a policy: role and job-title words, a school's
 * departments ("Sixth Form", "Key Stage", "Lower School"), organisations and places, document words, days and
 * months (a month may start a name: "April Jones"). Bilingual
 * policies put the role in Welsh or Irish beside the English ("Swyddog Diogelu / Safeguarding Officer", "Dirprwy
 * Swyddog", "Oifigeach Cosanta Leanaí"): those role and header words are never a name either.
 */
export const NOT_NAME_WORDS: readonly string[] = `
  a an and any all are as at be by can could contact contacts children child children's council care cares
  designated deputy director email e-mail for from group head headteacher head-teacher headmaster headmistress
  hub if in is it its lead leader leads local manager managers named name names no not number of on or our
  person people phone police policy policies principal role roles safeguarding safeguard school schools nursery
  nurseries club clubs setting settings social services service team teams teacher teachers tel telephone the
  their there this that these those title to trustee trustees governor governors training when where who whom
  will with officer officers job mobile mob lado mash address date section chair chairperson chairman chairwoman
  executive welfare senco sendco protection ceo tbc tba tbd assistant practitioner practitioners coordinator
  co-ordinator co ordinator room early years year office board authority partnership unit academy trust union
  unions students student activities chief vice registered childminder childminders childminding youth worker
  workers family families support centre center community development sports sport coach coaches coaching
  teaching pastoral inclusion headteacher's business operations finance clerk administrator administration admin working
  together keeping safe safely prevent thresholds threshold basic awareness level course update refresher online first aid safer
  recruitment annual multi-agency general secretary president treasurer volunteer volunteers leader leaders
  lead's dsl dsls ddsl dso dsp dp he she they his her him them we us i you your my me please see also
  telephone email website web www tel. fax ext extension mobile landline office hours monday tuesday wednesday
  thursday friday saturday sunday january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec term autumn spring summer weekend weekends
  ofsted nspcc childline dbs lscb lscp scp mash ssd cscs emergency duty out helpline advice line lines
  headquarters hq county city borough district parish diocese diocesan church churches chapel circuit
  scouts scout guides guiding brownies cubs beavers explorers rugby football cricket netball hockey fc rfc afc
  ltd limited plc cic charity association federation foundation institute society college university faculty
  department dept primary secondary infant junior infants juniors pre-school preschool playgroup playgroups
  sixth sixth-form form forms stage stages lower upper
  kindergarten creche crèche after-school breakfast holiday camp
  lead-in designate designated-lead safeguarding-lead manager's director's
  approved reviewed review annually version
  key keyworker key-worker senior middle leadership slt smt member members staff staffing personnel hr
  human resources health visitor nurse doctor gp police officer constable sergeant inspector
  consultant consultants paediatrician pediatrician paediatricians pediatricians midwife midwives hospital hospitals nhs
  deputy-head deputyhead assistant-head bursar caretaker cook chef receptionist supervisor supervisors
  acting interim temporary joint co-chair chair's
  alternate alternative second main primary overall back-up backup depute deputes
  relief reserve additional standby stand-in trained
  site sites campus road
  committee committees subcommittee sub-committee panel panels forum
  coordinators co-ordinators administrators assistants directors secretaries treasurers presidents executives
  receptionists caretakers nurses
  responsible responsibility responsibilities duty duties
  new current former previous
  note notes appendix annex part chapter page pages contents
  yes n/a na none nil unknown vacant vacancy
  referred refer referral referrals below above hereafter known called
  report reports reporting tell speak talk inform call ring email
  they're it's we're do does must should shall need needs make makes take takes keep keeps ensure ensures
  parents parent carers carer everyone anyone someone everybody anybody nobody each every both either
  pupils pupil players player learners young adults adult
  children's-services local-authority
  shift shifts rota rotas on-call out-of-hours
  completed expires expiry expired renewal renewals valid until attended
  swyddog swyddogion diogelu diogelu'r dirprwy dirprwyon arweinydd arweinwyr dynodedig cydlynydd cydlynwyr
  cadeirydd ysgrifennydd trysorydd perchennog clwb clwb'r ysgol ysgolion plant enw rôl ffôn e-bost gwirfoddolwr
  gwirfoddolwyr hyfforddwr hyfforddwyr rheolwr pennaeth
  grŵp grwp grwpiau cwrs cyrsiau dyddiad hyfforddiant lefel
  oifigeach oifigigh cosanta cosaint leanaí ainmnithe teagmhála ceannaire cathaoirleach rúnaí bainisteoir
  leas-oifigeach príomhoide
`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Job-title and description words that may sit between a name and its role: "Ellen Price, Nursery Manager and
 * DSL", "Tomasz Nowak (Head of Centre) – Designated Safeguard Lead". Any capitalised word also counts.
 */
export const BETWEEN_NAME_AND_ROLE: readonly string[] = `
  and & the our is am as who was are also now still acts act acting will be has been appointed nominated currently
  setting's school's club's nursery's organisation's group's church's of for in at here hereafter referred
  agency's company's charity's college's academy's centre's service's provider's organization's federation's
  partnership's association's society's project's business's practice's
  to below above known called named our: is: serves serving holds holding who's which
`
  .split(/\s+/)
  .filter(Boolean);

/** "As a registered childminder I am the designated lead for safeguarding": the lead is the author. */
export const AUTHOR_BEFORE_ROLE: readonly string[] = [
  "i am the",
  "i am your",
  "i am also the",
  "i act as the",
  "i will act as the",
  "i will be the",
  "i take on the role of",
  "i take the role of",
  "i have the role of",
  "i hold the role of",
  "i am",
];

/**
 * Ranks that uniformed youth organisations (cadets, Scouts' and Guides' leader titles) put before a name:
 * "Petty Officer (SCC) Marcus Trent". Sources: Sea Cadets, Army Cadet Force and Air Cadets rank lists.
 */
export const RANKS: readonly string[] = [
  "petty officer",
  "chief petty officer",
  "leading hand",
  "sub lieutenant",
  "lieutenant",
  "lieutenant commander",
  "commander",
  "captain",
  "major",
  "colonel",
  "lieutenant colonel",
  "sergeant",
  "staff sergeant",
  "colour sergeant",
  "corporal",
  "warrant officer",
  "flight lieutenant",
  "flying officer",
  "pilot officer",
  "squadron leader",
  "wing commander",
  "group captain",
  "flight sergeant",
  "civilian instructor",
  "adult instructor",
  // Army Cadet Force adult instructors' ranks: "Sergeant Instructor Ann Lee", "Staff Sergeant Instructor Ben Ford".
  "second lieutenant",
  "sergeant instructor",
  "staff sergeant instructor",
  "sergeant major instructor",
  "company sergeant major instructor",
  "regimental sergeant major instructor",
  // Fire and rescue services' ranks (fire cadets): "Crew Manager Ann Lee", "Firefighter (on-call) Ben Ford".
  "firefighter",
  "crew manager",
  "watch manager",
  "station manager",
  "group manager",
  "area manager",
  // Police ranks (volunteer police cadets' leaders are officers, staff and specials): "Police Constable Ann Lee",
  // "Special Constable Ben Ford", "Inspector Ana Cole" (College of Policing rank structure).
  "police constable",
  "police sergeant",
  "special constable",
  "special sergeant",
  "inspector",
  "chief inspector",
  "superintendent",
  "chief superintendent",
  "detective constable",
  "detective sergeant",
  "detective inspector",
  "detective chief inspector",
  // Nursing grades the NHS writes before a name as a rank ("Charge Nurse D. Okonjo", "Staff Nurse Ann Lee"): read as
  // a rank only before a person's name (RANKS_ALSO_JOB_TITLES), never before "Training" or a ward's name.
  "charge nurse",
  "senior staff nurse",
  "staff nurse",
  "senior sister",
  "ward sister",
];

/**
 * Ranks that are also ordinary job titles ("Area Manager North Kent", "Group Manager (Children's Services)"): read
 * as a rank only before a person's name, never before a place or an organisation (people.ts, rankAt).
 */
export const RANKS_ALSO_JOB_TITLES: readonly string[] = [
  "crew manager",
  "watch manager",
  "station manager",
  "group manager",
  "area manager",
  "charge nurse",
  "senior staff nurse",
  "staff nurse",
  "senior sister",
  "ward sister",
];

/**
 * The ranks' short forms, read only as written here (case and all): "Lt. Ana Cole", "PO (SCC) Ben Ford", "CPO Ann
 * Lee" — "Po Ling Chan" is a name.
 */
export const RANK_ABBREVIATIONS: readonly string[] = [
  "Lt",
  "Sub Lt",
  "Lt Cdr",
  "Cdr",
  "Capt",
  "Sgt",
  "Cpl",
  "PO",
  "CPO",
  "WO",
  "Flt Lt",
  "Flt Sgt",
  "Sqn Ldr",
  "Wg Cdr",
  "Gp Capt",
  "Lt Col",
  "Col",
  "Maj",
  "Brig",
  // Army Cadet Force adult instructors: sergeant, staff sergeant, sergeant major, company and regimental sergeant
  // major instructor ("SI Ann Lee", "SSI Ben Ford"); an Air Cadets civilian instructor ("CI Ann Lee"); warrant
  // officers by class ("WO2 Ben Ford"); a second lieutenant ("2Lt Ann Lee").
  "SI",
  "SSI",
  "SMI",
  "CSMI",
  "RSMI",
  "CI",
  "WO1",
  "WO2",
  "2Lt",
  // Police: constable, sergeant, community support officer, special constable, inspector, superintendent.
  "PC",
  "PS",
  "PCSO",
  "SC",
  "Insp",
  "Ch Insp",
  "Supt",
  "Ch Supt",
  // Detectives: constable, sergeant, inspector, chief inspector ("DS Ann Lee").
  "DC",
  "DS",
  "DI",
  "DCI",
];

/**
 * People named in the plural, by what they do or who they are: a "Who" cell ("Teaching staff", "All Duty
 * Managers"), a list of groups ("All Lifeguards and Night Wardens"), a role held by several ("designated leads",
 * "deputy DSLs"). Lower case; "co-ordinators" also matches "coordinators"; "*" marks a role's holders (below). The
 * training reader builds every expression asking "is this a group?" from this one list. Sources: the training
 * tables and role lists of the corpus's policies (sports clubs, schools, nurseries, activity centres, churches),
 * November 2026.
 */
const PLURAL_ROLE_ENTRIES: readonly string[] = `
  staff volunteers colleagues employees members officials starters adults parents carers team* teams* persons*
  people* managers* leads* leaders* officers* heads deputies* teachers practitioners* co-ordinators* chairs trustees
  workers playworkers assistants administrators directors secretaries nurses coaches governors captains receptionists
  supervisors stewards marshals instructors tutors helpers wardens porters cleaners drivers chaperones champions*
  dsls* dsos* dsps* cwpos*
`
  .trim()
  .split(/\s+/);
export const PLURAL_ROLE_WORDS: readonly string[] = PLURAL_ROLE_ENTRIES.map((w) => w.replace(/\*$/, ""));
/**
 * The words above marked "*": the holders of a safeguarding role in the plural ("designated leads", "deputies",
 * "welfare officers", "DSLs"), not a group of people at large ("staff", "parents", "members"). "The Designated
 * Safeguarding Lead and deputies hold …" speaks of the role's holders; "The Designated Safeguarding Lead and staff
 * completed …" of the lead, whom others joined.
 */
export const PLURAL_ROLE_HOLDER_WORDS: readonly string[] = PLURAL_ROLE_ENTRIES.filter((w) =>
  w.endsWith("*"),
).map((w) => w.slice(0, -1));
