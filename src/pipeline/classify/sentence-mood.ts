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
  const clause = text.slice(clauseStart(text, local, table)).trim();
  if (table.hypothetical.test(text)) return 'hypothetical';
  if (table.procedure.test(text)) return 'procedure';
  // "I have been trying to delete my account, could someone help": what the writer failed to do
  // themselves is account help, whatever else the sentence asks; only the words right before
  // this phrase are read, so "I could not log in, please delete my account" still asks.
  if (table.selfService.test(text.slice(Math.max(0, local - SELF_SERVICE_REACH), local))) return 'procedure';
  // "I left your program last year, could you remove my profile?": a polite question may open
  // any clause, as an imperative may.
  if (table.politeAsk.test(text) || table.politeAsk.test(clause)) return 'ask';
  // "Will I need to update my address?" is a question even though it contains "I need".
  if (sentence.asked && table.questionStart.test(text)) return 'question';
  if (table.ask.test(text) || table.imperative.test(text) || table.imperative.test(clause)) return 'ask';
  if (sentence.asked || table.questionStart.test(text)) return 'question';
  return 'statement';
}
