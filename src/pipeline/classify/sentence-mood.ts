import { clauseStart } from './detect-negation.js';
import type { Sentence } from './split-sentences.js';
import type { Mood, PhraseTable } from './types.js';

/** How far before a phrase its failed-attempt frame may start ("i have been trying for weeks to "). */
const SELF_SERVICE_REACH = 80;

/**
 * How the part of a sentence around `offset` is phrased. A request phrase means a request only
 * when it is asked for ("please delete my data", "could you send me a copy") or stated ("my
 * data should be deleted"); not in a question about rights ("how do I delete my data?") or a
 * hypothetical ("what happens if I delete my account?").
 */
export function sentenceMood(sentence: Sentence, offset: number, table: PhraseTable): Mood {
  let text = sentence.text;
  let local = offset;
  if (table.conditionalStart.test(text) && !table.politeAsk.test(text)) {
    // "If you hold data about me, please delete it": the condition asks nothing, the main
    // clause after the first comma does.
    const comma = text.indexOf(',');
    if (comma < 0 || offset <= comma) return 'hypothetical';
    // Trimmed, so "if ..., can I ask you to delete it?" opens with its question word.
    const rest = text.slice(comma + 1);
    text = rest.trimStart();
    local = offset - comma - 1 - (rest.length - text.length);
  }
  // "I do not want my account deleted, just tell me what you hold": an imperative may open any
  // clause, not only the sentence.
  const start = clauseStart(text, local, table);
  const clause = text.slice(start).trim();
  if (table.hypothetical.test(text)) return 'hypothetical';
  // "Please delete my account, and please provide directions on how to delete accounts": a
  // question of how that comes after an imperative clause asking us to act is a second ask, not
  // the frame of the first.
  const procedure = table.procedure.exec(text);
  const secondAsk = procedure !== null && procedure.index > local && CLAUSE_BREAK.test(text.slice(local, procedure.index)) && asksUsToAct(text.slice(start, procedure.index).trim(), table);
  if (procedure !== null && !secondAsk) return 'procedure';
  // "I have been trying to delete my account, could someone help": what the writer failed to do
  // themselves is account help, whatever else the sentence asks; only the words right before
  // this phrase are read, so "I could not log in, please delete my account" still asks.
  if (table.selfService.test(text.slice(Math.max(0, local - SELF_SERVICE_REACH), local))) return 'procedure';
  // "Deleting my account should delete all my information": the act is what the clause is about,
  // not what it asks (PhraseTable.actAsSubject).
  if (table.actAsSubject.test(clause)) return 'procedure';
  // "I left your program last year, could you remove my profile?": a polite question may open
  // any clause, as an imperative may.
  if (table.politeAsk.test(text) || table.politeAsk.test(clause)) return 'ask';
  // "Will I need to update my address?" is a question even though it contains "I need".
  if (sentence.asked && table.questionStart.test(text)) return 'question';
  if (table.ask.test(text) || table.imperative.test(text) || table.imperative.test(clause)) return 'ask';
  if (sentence.asked || table.questionStart.test(text)) return 'question';
  return 'statement';
}

// "Please" or an imperative asks us to act; "I want to delete it" is the writer's own want, which
// a question of how after it makes account help (asksHowToDoItThemself).
const PLEASE = /\b(?:please|kindly|por favor)\b/;
// The question of how is a clause of its own only past a comma or a conjunction: "please tell me
// how to correct it" asks how.
const CLAUSE_BREAK = /[,;]|\b(?:and|but|y|pero)\b/;
const asksUsToAct = (clause: string, table: PhraseTable): boolean => PLEASE.test(clause) || table.imperative.test(clause) || table.politeAsk.test(clause);

/**
 * "I want to delete my account. What do I do?": the writer means to do it themself and asks how,
 * so the want is account help, as "how do I delete my account?" is (labeling conventions); "I
 * would like it deleted. How should I proceed?" wants it done by us and stays a request. Read only
 * for a sentence whose ask is the writer's own want of an act (`ownWant`: "I want to delete",
 * "necesito actualizar"), with nothing else in it that asks us, next to a sentence that asks how
 * (`howToDoIt`) and asks nothing of us either ("How do I do this, or can you do it for me?").
 */
export function asksHowToDoItThemself(sentences: readonly Sentence[], index: number, table: PhraseTable): boolean {
  const sentence = sentences[index];
  if (sentence === undefined) return false;
  const want = table.ownWant.exec(sentence.text);
  if (want === null) return false;
  // The want's own infinitive ("delete my account") would read as an imperative: only what opens
  // the sentence before the want can be one.
  const before = sentence.text.slice(0, want.index);
  const rest = `${before} ... ${sentence.text.slice(want.index + want[0].length)}`;
  if (table.ask.test(rest) || table.politeAsk.test(rest) || table.imperative.test(before)) return false;
  return [sentences[index - 1], sentences[index + 1]].some((next) => next !== undefined && table.howToDoIt.test(next.text) && !asksUsInAnyPart(next.text, table));
}

/** A polite ask opening the sentence or any of its parts ("How do I do that, or can you do it for me?"). */
function asksUsInAnyPart(text: string, table: PhraseTable): boolean {
  return text.split(/,|;|\b(?:or|o)\b/).some((part) => table.politeAsk.test(part.trim()));
}

// A greeting or a sign-off is no sentence of the message's own ("Thanks,", "Un saludo").
const SIGN_OFF = /^\W*(?:thanks?|thank you|many thanks|regards|best|cheers|sincerely|kind regards|best regards|saludos|un saludo|gracias|muchas gracias|atentamente|cordialmente)\b/;

/**
 * Every sentence of the text is a question, and none of the two kinds of question that ask us to
 * act (labeling conventions): a polite ask ("Could you export my address book?", "¿me podéis
 * enviar mis datos?") or what is held about the writer ("What personal information has your
 * service collected about my son?"). Left are questions about practice or procedure: "¿Compartís
 * mis datos con terceros?", "Do my data get deleted 14 days after I close my account?". Greetings,
 * names and sign-offs (under three words, or a sign-off) are not the message's own sentences.
 */
export function onlyAsksQuestions(sentences: readonly Sentence[], table: PhraseTable): boolean {
  const own = sentences.filter((s) => s.asked || (s.text.split(/\s+/).length >= 3 && !SIGN_OFF.test(s.text)));
  return own.length > 0 && own.every((s) => s.asked && !table.youCan.test(s.text) && !asksUsInAnyPart(s.text, table) && !table.whatIsHeld.test(s.text));
}
