import { rememberRecent } from './remember-recent.js';

// A line of a hard-wrapped paragraph: long, and not ending a sentence or an item.
const WRAPPED_LINE = /^.{60,}[^\s.!?:;,]$/;
// The next line goes on with the sentence (lower case) rather than starting one, a list or a quote.
const CONTINUES = /^[a-z\u00e0-\u00ff(]/;

/**
 * Join the lines of hard-wrapped paragraphs ("I'd like a copy of the personal information\nyour
 * company holds about me"): mail clients wrap plain text at about 72 columns, and a newline ends
 * a sentence for the phrase tables. Short lines stay apart: mail written without punctuation
 * ends its sentences with newlines. One character for one, so offsets do not move.
 */
function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    out += (WRAPPED_LINE.test(lines[i - 1] ?? '') && CONTINUES.test(line) ? ' ' : '\n') + line;
  }
  return out;
}

/**
 * Lower-case, strip accents and expand English contractions so one phrase table matches the
 * many ways people type the same words ("don't", "dont", "do not"; "información", "informacion").
 * Newlines are kept where they end sentences (mail written without punctuation), and dropped
 * inside hard-wrapped paragraphs.
 */
// "Pero sí quiero que dejen de vender mis datos": the accented "sí" is "yes", never the "si" (if)
// of a condition, which the accent folding below would make of it. One letter for one.
const SPANISH_YES = /(?<!\p{L})(s)[íÍ](?!\p{L})/gu;
// Titles end in a dot that is not a sentence's end ("delete Mr. Reyes's personal information").
const TITLE_DOT = /\b(mr|mrs|ms|dr|sr|sra|srta|lic|lcda|lcdo|prof|atty|sgt|capt)\.(?= \p{L})/giu;
// Nor does the dot of a cited article or section ("I object to processing [Art. 17(1)(c)]", "Sec.
// 1798.105", "art. 15 RGPD"): the citation belongs to the sentence that cites it.
const CITATION_DOT = /\b(art|arts|sec|secs|ss)\. ?(?=\d)/giu;

function normalize(text: string): string {
  const folded = unwrapLines(text)
    .replace(SPANISH_YES, '$1y')
    .replace(TITLE_DOT, '$1_')
    .replace(CITATION_DOT, '$1 ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\b(can)'?t\b|\bcannot\b/g, 'can not')
    .replace(/\bwon'?t\b/g, 'will not')
    .replace(/\b(do|does|did|is|are|was|were|have|has|had|would|should|could|must|need)n'?t\b/g, '$1 not')
    .replace(/\bi'm\b|\bim\b/g, 'i am')
    .replace(/\b(i|he|she|we|they)'d\b/g, '$1 would')
    .replace(/\bwhat'?s\b/g, 'what is')
    .replace(/\bi've\b/g, 'i have')
    .replace(/\b(you|we|they)'re\b/g, '$1 are')
    .replace(/\b(you|we|they)'ve\b/g, '$1 have')
    .replace(/\bu\b/g, 'you')
    .replace(/\bwat\b/g, 'what')
    .replace(/\b4 (?=(?:anything|any|everything|other|me|you|the|my|good|ever|now)\b)/g, 'for ')
    .replace(/\b(?:pls|plz|pleas|plese|pleae|plase)\b/g, 'please')
    // Misspellings common enough in real mail to be worth one table instead of many patterns.
    .replace(/\b(?:infomation|informaton|informaiton|imformation|infromation|inforamtion|informations|infos|infomations)\b/g, 'information')
    .replace(/\b(?:datas|dta)\b/g, 'data')
    .replace(/\b(?:acount|accont|acount|accout|acct|accnt)\b/g, 'account')
    .replace(/\b(?:adress|addres|adresse|addresss)\b/g, 'address')
    // "ur" is "your" before a noun of the business ("in ur system"), else "you are" (left alone).
    .replace(/\bur (?=(?:system|account|records?|database|company|site|app|team|website|store|files?|data)\b)/g, 'your ')
    .replace(/\b(?:delte|delet|deleat|dlete|deleet|deelte|dleete)\b/g, 'delete')
    .replace(/\b(?:remvoe|remoev|rmove|reomve|romove|remov)\b/g, 'remove')
    // A hashtag or a subject written as one word: "#deleteme", "RemoveMe"; not a web page's or an
    // address's name ("/marketing/removeme.html", "removeme@example.com").
    .replace(/(?<![\w@./:=?&-])(delete|remove|erase|forget)me\b(?![@.]\w)/g, '$1 me')
    .replace(/\b(?:databse|databas|datbase|databace)\b/g, 'database')
    .replace(/\b(?:pasword|passwrd|passowrd|pasword|paswd|passord)\b/g, 'password')
    // Spanish written by ear ("no kiero q bendan mi informasion").
    .replace(/\bq\b/g, 'que')
    .replace(/\bkier(o|en|es|e)\b/g, 'quier$1')
    .replace(/\bbend(an|er|en|ieron|iendo)\b/g, 'vend$1')
    .replace(/\bconpart(an|ir|en|ieron|iendo)\b/g, 'compart$1')
    .replace(/\binformasion\b/g, 'informacion')
    .replace(/\b(?:persnal|personnal|presonal)\b/g, 'personal');
  // The dots of an e-mail address would end the sentence mid-phrase ("my mom (linda.p@example.com)
  // asked me ..."): they become underscores, which keeps every offset. Most texts have no "@",
  // and the address expression is slow to fail on every word.
  const addressesMarked = folded.includes('@') ? folded.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (address) => address.replace(/\./g, '_')) : folded;
  return addressesMarked.replace(/[ \t]+/g, ' ');
}

/** `normalize`, remembering the last few texts (body, subject, quoted text). */
export const normalizeText = rememberRecent(normalize);
