// Pure query handling for site search, shared by the browser island and unit tests: normalising
// what was typed, the words that mean the same here (Pagefind has no synonyms), common and
// question words, American spellings. The engine (engine.ts) searches each meaningful word with
// its alternatives and combines the results (combine.ts).

/** Words that mean the same thing in this field; each one also searches for the others. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['mvp', 'mnvp'],
  ['mvps', 'mnvps'],
  ['lms', 'lmns'],
  ['icb', 'commissioner', 'ccg'],
  ['icbs', 'commissioners', 'ccgs'],
  ['remuneration', 'pay', 'payment'],
  ['creche', 'childcare'],
  ['dbs', 'criminal record'],
  ['sa7', 'safety action 7'],
  ['cqc', 'care quality commission'],
  ['fft', 'friends and family test'],
  ['pag', 'parent advisory group'],
  ['pqsm', 'perinatal quality surveillance model'],
  ['mis', 'maternity incentive scheme'],
  ['volunteer', 'unpaid'],
  ['dads', 'fathers'],
  ['confidential', 'confidentiality', 'privacy'],
];

/** Newer or looser words that should also find the toolkit's own words, but not the reverse. */
export const ONE_WAY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  lead: ['chair'],
  leads: ['chairs'],
  salary: ['remuneration'],
  wages: ['remuneration'],
  money: ['budget', 'funding'],
  funding: ['budget'],
  finance: ['budget'],
  nicu: ['neonatal'],
  scbu: ['neonatal'],
  trust: ['provider'],
  hospital: ['provider'],
  // Everyday words for the toolkit's own. The toolkit calls the people who use maternity and neonatal
  // services "service users"; people searching say parents, mums, women, families.
  'get together': ['meetings'],
  'meet up': ['meetings'],
  parents: ['service users'],
  mums: ['service users'],
  mothers: ['service users'],
  women: ['service users'],
  families: ['service users'],
  'special care': ['neonatal'],
  several: ['multiple'],
  year: ['annual'],
  yearly: ['annual'],
  died: ['loss', 'bereaved', 'mortality'],
  death: ['loss', 'bereaved', 'mortality'],
  bereaved: ['loss'],
  bereavement: ['loss', 'bereaved'],
  // Everyday words for the toolkit's terms, as people who have not read it put them (see
  // docs/search-meaning.md). Each finds the toolkit's word at half weight, never the reverse.
  'police check': ['dbs', 'disclosure'],
  'police checks': ['dbs', 'disclosure'],
  'criminal record check': ['dbs'],
  babysitter: ['childcare'],
  babysitting: ['childcare'],
  nursery: ['childcare'],
  fare: ['travel', 'expenses'],
  fares: ['travel', 'expenses'],
  petrol: ['travel', 'mileage'],
  hospitals: ['trusts', 'providers'],
  'the hospital': ['trust', 'provider'],
  dad: ['fathers'],
  helper: ['support'],
  helpers: ['support'],
  admin: ['administration', 'support'],
  notes: ['minutes'],
  messages: ['enquiries'],
  complain: ['complaints'],
  moan: ['complaints'],
  criticise: ['critical', 'challenge'],
  criticize: ['critical', 'challenge'],
  ignored: ['escalation', 'listened'],
  ignore: ['escalation', 'listened'],
  ignores: ['escalation', 'listened'],
  zoom: ['video'],
  comms: ['communications'],
  reps: ['representatives'],
  rep: ['representative'],
  jargon: ['acronyms', 'plain'],
  speak: ['language'],
  cash: ['budget', 'funding'],
  skint: ['budget', 'funding'],
  afford: ['funding', 'budget'],
  enough: ['adequately', 'sufficient'],
  'signed off': ['agreed', 'approved'],
  'sign off': ['agreed', 'approved'],
  replies: ['respond'],
  reply: ['respond'],
  // More everyday words for the toolkit's terms, by topic. Each target word is on the site.
  moms: ['mums', 'service users'],
  mom: ['mum', 'service user'],
  'maternity group': ['mvp', 'partnership'],
  'maternity groups': ['mvps', 'partnerships'],
  'nhs words': ['jargon', 'acronyms', 'terminology'],
  'nhs speak': ['jargon', 'acronyms', 'terminology'],
  lingo: ['jargon', 'acronyms'],
  buzzwords: ['jargon', 'acronyms'],
  initials: ['acronyms', 'abbreviations'],
  bus: ['travel', 'expenses'],
  taxi: ['travel', 'expenses'],
  parking: ['travel', 'expenses'],
  refund: ['expenses', 'reimbursement'],
  refunded: ['expenses', 'reimbursement'],
  reimbursed: ['expenses', 'reimbursement'],
  'claim back': ['expenses', 'reimbursement'],
  wage: ['remuneration'],
  miscarriage: ['loss', 'bereaved'],
  stillborn: ['stillbirth', 'loss', 'bereaved'],
  racial: ['ethnic', 'racism'],
  race: ['ethnic', 'ethnicity'],
  bame: ['ethnic', 'minority'],
  deaf: ['disability', 'accessible', 'interpreters'],
  disabled: ['disability', 'accessible'],
  autistic: ['accessible', 'inclusive'],
  autism: ['accessible', 'inclusive'],
  adhd: ['accessible', 'inclusive'],
  neurodivergent: ['accessible', 'inclusive'],
  neurodiverse: ['accessible', 'inclusive'],
  translator: ['interpreters', 'translated'],
  unhappy: ['complaints'],
  funders: ['commissioners', 'funding'],
  funder: ['commissioner', 'funding'],
  overwhelmed: ['workload', 'capacity'],
  swamped: ['workload', 'capacity'],
  'keep up': ['capacity', 'workload'],
  quit: ['leave', 'succession'],
  quitting: ['leave', 'succession'],
  resign: ['leave', 'succession'],
  resigned: ['leave', 'succession'],
  'step down': ['succession', 'handover'],
  'stepping down': ['succession', 'handover'],
  opinions: ['views', 'feedback'],
  opinion: ['views', 'feedback'],
  poll: ['survey'],
  secretary: ['administration', 'support'],
  'baby unit': ['neonatal'],
  premature: ['neonatal'],
  prem: ['neonatal'],
  rules: ['guidance', 'requirements'],
  // Situations, as people put them: nobody answering, being owed money.
  'not listening': ['listened', 'escalation'],
  'not listen': ['listened', 'escalation'],
  'dont listen': ['listened', 'escalation'],
  'doesnt listen': ['listened', 'escalation'],
  'never listen': ['listened', 'escalation'],
  'wont listen': ['listened', 'escalation'],
  // A partnership or a service not doing what it should: the toolkit's "not working", escalation.
  'isnt doing': ['not working', 'escalation'],
  'not doing': ['not working', 'escalation'],
  'isnt working': ['not working', 'escalation'],
  'doesnt work': ['not working', 'escalation'],
  'never replies': ['respond', 'escalation'],
  'no reply': ['respond', 'escalation'],
  'no response': ['respond', 'escalation'],
  'no answer': ['respond', 'escalation'],
  owed: ['payments', 'delayed'],
  overdue: ['payments', 'delayed'],
  chasing: ['payments', 'delayed'],
  mandatory: ['required', 'requirements'],
  private: ['confidential', 'confidentiality', 'privacy'],
};

/** The single everyday words search knows though the site may not use them, for spelling correction. */
export const EVERYDAY_WORDS: readonly string[] = [...SYNONYM_GROUPS.flat(), ...Object.keys(ONE_WAY_SYNONYMS)].filter((w) => !w.includes(' '));

/**
 * Forms of a word that Pagefind's stemming does not join to it ("paid" is not "pay"): each is
 * searched with the other at full weight, being the same word.
 */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  paid: 'pay',
  spent: 'spend',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  chose: 'choose',
  chosen: 'choose',
  gave: 'give',
  given: 'give',
  took: 'take',
  taken: 'take',
  sent: 'send',
  held: 'hold',
  ran: 'run',
  began: 'begin',
  begun: 'begin',
  brought: 'bring',
  bought: 'buy',
  thought: 'think',
  felt: 'feel',
  heard: 'hear',
  kept: 'keep',
  lost: 'loss',
  made: 'make',
  said: 'say',
  seen: 'see',
  saw: 'see',
  came: 'come',
  became: 'become',
  understood: 'understand',
  met: 'meet',
  led: 'lead',
};

/**
 * Text-speak and the common slips of someone typing fast on a phone, as the words they stand for:
 * "wot" is what (a question word), "cn" is can, "4" between words is for. Applied to each word
 * before spelling correction, which would otherwise turn "wot" into "not".
 */
export const TEXT_SPEAK: Readonly<Record<string, string>> = {
  wot: 'what',
  wat: 'what',
  wt: 'what',
  shud: 'should',
  shld: 'should',
  cud: 'could',
  wud: 'would',
  cn: 'can',
  wiv: 'with',
  wiz: 'with',
  w: 'with',
  n: 'and',
  u: 'you',
  ur: 'your',
  r: 'are',
  y: 'why',
  b: 'be',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  cos: 'because',
  coz: 'because',
  bc: 'because',
  b4: 'before',
  gonna: 'going',
  wanna: 'want',
  dunno: 'dont',
  abt: 'about',
  tho: 'though',
  thru: 'through',
  ppl: 'people',
  sum1: 'someone',
  ne1: 'anyone',
  gr8: 'great',
  l8: 'late',
  l8r: 'later',
  '2day': 'today',
  '2moro': 'tomorrow',
  tmrw: 'tomorrow',
  msg: 'message',
  msgs: 'messages',
  info: 'information',
  mtg: 'meeting',
  mtgs: 'meetings',
  asap: 'soon',
  wen: 'when',
  hw: 'how',
  dnt: 'dont',
  tel: 'tell',
  nxt: 'next',
  yr: 'year',
  yrs: 'years',
  mth: 'month',
  mths: 'months',
  wk: 'week',
  wks: 'weeks',
  pd: 'paid',
  docs: 'documents',
  hosp: 'hospital',
  appt: 'appointment',
  appts: 'appointments',
  mw: 'midwife',
  mgmt: 'management',
  reqs: 'requests',
  govt: 'government',
  sumthing: 'something',
  smth: 'something',
  evry1: 'everyone',
  every1: 'everyone',
  any1: 'anyone',
  some1: 'someone',
  no1: 'nobody',
  gd: 'good',
};

/** Words after which a number is part of a name ("safety action 4", "band 4", "year 5"), not text-speak. */
const NUMBERED = new Set(['action', 'section', 'band', 'stage', 'chapter', 'year', 'question', 'step', 'level', 'q']);

/** The words someone meant when they wrote in text-speak; "4" and "2" between two words are for and to. */
export function plainWords(words: readonly string[]): string[] {
  return words.map((word, i) => {
    if ((word === '4' || word === '2') && i > 0 && i < words.length - 1 && !NUMBERED.has(words[i - 1]) && !/^[\d.]+$/.test(words[i - 1])) {
      return word === '4' ? 'for' : 'to';
    }
    return TEXT_SPEAK[word] ?? word;
  });
}

/** A synonym counts half as much as the word the person typed, so a page using their own word comes first. */
export const ALTERNATIVE_WEIGHT = 0.5;

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** Lower-cases and drops punctuation the way Pagefind does, keeping the digits of "2.5" or "Safety Action 7". */
export function normaliseQuery(query: string): string {
  return (
    query
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLocaleLowerCase('en-GB')
      // "baby's" is "baby", "don't" is "dont": an apostrophe must not split a word in two.
      .replace(/(\p{L})['’]s(?!\p{L})/gu, '$1')
      .replace(/(\p{L})['’](?=\p{L})/gu, '$1')
      .replace(/[^\p{L}\p{N}\s.]/gu, ' ')
      // A dot stays only between two digits. (No lookbehind: Safari before 16.4 cannot parse one; docs/browsers.md.)
      .replace(/\./g, (dot, at: number, text: string) => (isDigit(text[at - 1]) && isDigit(text[at + 1]) ? dot : ' '))
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function listedAlternatives(phrase: string): string[] {
  const group = SYNONYM_GROUPS.find((g) => g.includes(phrase));
  const fromGroup = group ? group.filter((w) => w !== phrase) : [];
  return [...fromGroup, ...(ONE_WAY_SYNONYMS[phrase] ?? [])];
}

/**
 * The synonyms of a word or phrase; a plural the lists do not have takes its singular's
 * ("deaths" those of death, "babysitters" those of babysitter), which stemming then finds in any form.
 */
export function alternativesFor(phrase: string): readonly string[] {
  const listed = listedAlternatives(phrase);
  if (listed.length || !/\p{L}{3}s$/u.test(phrase) || phrase.endsWith('ss')) return listed;
  return listedAlternatives(phrase.slice(0, -1)).filter((w) => w !== phrase);
}

/** Splits a normalised query into words, keeping known multi-word phrases ("safety action 7") together. */
export function tokens(normalised: string): string[] {
  const words = plainWords(normalised.split(' ').filter(Boolean));
  const phrases = [...SYNONYM_GROUPS.flat(), ...Object.keys(ONE_WAY_SYNONYMS)].filter((p) => p.includes(' '));
  const result: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = phrases.find((p) => {
      const parts = p.split(' ');
      return parts.every((part, j) => words[i + j] === part);
    });
    if (phrase) {
      result.push(phrase);
      i += phrase.split(' ').length - 1;
    } else {
      result.push(words[i]);
    }
  }
  return result;
}

/**
 * Words too common to narrow a search, and the words that make a query a question ("what does …
 * stand for", "how many …", "is there …"): they must not decide which page answers it.
 */
export const STOP_WORDS = new Set([
  'a',
  'about',
  'all',
  'am',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'be',
  'been',
  'being',
  'by',
  'can',
  'could',
  'did',
  'do',
  'does',
  'doesnt',
  'dont',
  'for',
  'from',
  'get',
  'go',
  'going',
  'got',
  'had',
  'has',
  'have',
  'he',
  'her',
  'his',
  'how',
  'i',
  'if',
  'in',
  'into',
  'is',
  'isnt',
  'it',
  'its',
  'just',
  'know',
  'many',
  'may',
  'me',
  'mean',
  'meaning',
  'means',
  'might',
  'much',
  'must',
  'my',
  'need',
  'needs',
  'not',
  'of',
  'on',
  'one',
  'or',
  'our',
  'out',
  'please',
  'shall',
  'she',
  'should',
  'so',
  'some',
  'stand',
  'tell',
  'than',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'to',
  'up',
  'us',
  'very',
  'want',
  'was',
  'we',
  'were',
  'what',
  'whats',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'why',
  'will',
  'with',
  'would',
  'you',
  'your',
  'also',
  'again',
  'because',
  'both',
  'but',
  'during',
  'each',
  'every',
  'having',
  'here',
  'like',
  'more',
  'most',
  'no',
  'nor',
  'off',
  'once',
  'only',
  'other',
  'own',
  'per',
  'same',
  'too',
  'while',
  // Other forms of the words above, the same words run together without their apostrophe, and words
  // that stand for someone or something without saying who or what.
  'wants',
  'wanted',
  'wanting',
  'needed',
  'needing',
  'knows',
  'knew',
  'gets',
  'getting',
  'goes',
  'gone',
  'done',
  'doing',
  'cant',
  'wont',
  'im',
  'ive',
  'youre',
  'theyre',
  'weve',
  'arent',
  'wasnt',
  'werent',
  'havent',
  'hasnt',
  'didnt',
  'shouldnt',
  'wouldnt',
  'couldnt',
  'whos',
  'wheres',
  'hows',
  'theres',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'something',
  'anything',
  'everything',
  'ok',
  'okay',
  'really',
  'still',
  'even',
  'ever',
  'thanks',
  'though',
  'through',
  'soon',
  'great',
  // Everyday speech that carries no topic: "coming back", "a bit", "lots of", "besides".
  'back',
  'coming',
  'come',
  'stuff',
  'lot',
  'lots',
  'bit',
  'besides',
  'vs',
  'etc',
  'anyway',
  'already',
  'yet',
  'sure',
  'hi',
  'hello',
  'guys',
]);

/** The meaningful words: common and question words are dropped, unless the query is nothing else. */
export function contentWords(words: string[]): string[] {
  const content = words.filter((w) => !STOP_WORDS.has(w));
  return content.length ? content : words;
}

/**
 * The British spelling of an American one, by the regular patterns (organize → organise,
 * personalized → personalised, analyze → analyse, color → colour), or undefined. The site is
 * written in British English; both spellings are searched.
 */
export function britishSpelling(word: string): string | undefined {
  const rules: Array<[RegExp, string]> = [
    [/^(\p{L}{4,})iz(e|ed|es|ing|ation|ations)$/u, '$1is$2'],
    [/^(\p{L}{3,})yz(e|ed|es|ing)$/u, '$1ys$2'],
    [/^(col|fav|behavi|neighb|lab|hon|harb)or(s|ed|ing|ite|ites)?$/u, '$1our$2'],
    [/^(cent|met|theat|fib)er(s)?$/u, '$1re$2'],
    [/^program(s)?$/u, 'programme$1'],
    [/^(p)ediatric(s|ian)?$/u, '$1aediatric$2'],
    [/^(a)nesthe(\p{L}+)$/u, '$1naesthe$2'],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return undefined;
}
