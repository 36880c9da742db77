import type { Category, Classification, RequesterRole, RequestType } from '../types.js';
import type { RequesterDecision } from './detect-requester.js';
import type { SecondOpinion } from './second-opinion.js';

/**
 * How sure the model must be to turn the rules' question into a request. Chosen forward in time
 * (test/eval/measure-model.ts): each held-out batch scored with the rules as they were before it
 * was written and a model trained only on earlier files; 0.85 did best of 0.80-0.97 there.
 */
export const OVERRULE_PROBABILITY = 0.85;

/**
 * How sure the model must be that the rules' request is a question. Higher than the other way:
 * a request read as a question waits for staff to retype it before its record opens, a question
 * read as a request only costs staff a look (both go to staff). On 1,389 real training texts, each
 * read by a model not trained on it (test/eval/fold-real.ts), 0.95 took 5 questions and a piece
 * of junk off the requests and lost no request to a question (0.97 before); 0.9 took 12 but lost 4.
 */
export const OVERRULE_REQUEST_PROBABILITY = 0.95;

/**
 * How likely the junk model (`other`, trained on the team's mail and real texts written by others)
 * must find a question that shows no sign of a person's privacy matter (privacy-matter.ts) to make
 * it `other`: listed in the digest, never answered (such a question is not answered either, only
 * flagged). The model is trained with junk weighed as much as all the rest (train-model.ts), so
 * its probabilities run high: the team's customer-service question "our website form stopped
 * working" (labeled question, never trained on) reads 0.52-0.57 as the training grows. On the
 * held-out real texts it was not trained on (16u, 16v and the B batches, 214 texts), the bare
 * questions came at 0.29 (a question) or at 0.7 and more (junk, and one complaint about a
 * branch's service): not lower, for the team's question; not higher, for the junk.
 * A request is never made junk by the model (a request judged junk loses its legal clock), nor a
 * message that forwards another; a medical or billing matter needs JUNK_SURE_PROBABILITY.
 */
export const JUNK_PROBABILITY = 0.7;

/**
 * How likely the junk model must find a question that does show signs of a person's privacy
 * matter to make it `other`. Junk nobody here wrote mostly does: an invoice names a bill, a job
 * application a phone number, misdirected mail is written by a person as themselves (on the
 * held-out real texts, 15 of the 17 pieces of junk read as questions). Far above
 * JUNK_PROBABILITY, since a real question taken for junk is not acknowledged, only listed in the
 * digest, where staff can turn it back (`requests reopen ID --as question`). On those texts such
 * questions reached at most 0.50, and 0.64 with a medical or billing matter; above 0.9 the model
 * took junk that shows a privacy matter (a cold sales email, 1.00) and junk with a medical or
 * billing word (job applications for medical-billing posts, a medical supplier's payment demand:
 * 0.95-0.99), and no question. Lowered to 0.8 on 1,389 real training texts, each read by a model
 * not trained on it (test/eval/fold-real.ts): 7 more pieces of junk and no more questions or
 * requests taken for junk (0.75: 3 more pieces of junk and one question).
 */
export const JUNK_SURE_PROBABILITY = 0.8;

/**
 * Above this the model is sure someone writes for another person where the rules read "self"
 * (and the reading goes to staff). On the 4,551 development texts 17a-24h, read by fold models
 * (test/eval/fold-real.ts), 0.6 named 3 more agents and parents rightly and none wrongly; 0.5
 * named the same 3, 0.8 none more.
 */
export const OTHER_REQUESTER_PROBABILITY = 0.6;

/** What the rules know beyond their classification, for the model's corrections. */
export interface RulesContext {
  /** The message calls off an earlier request; the model may not make it a new one. */
  withdrawal?: boolean;
  /** Rights the rules read as refused ("don't delete"); the model may not ask them. */
  negatedTypes?: readonly RequestType[];
  /** The request was read in the quoted mail ("see below", a "yes" to our offer), which the model does not read. */
  fromQuoted?: boolean;
  /**
   * The request is a reminder's restatement of its earlier request, read from the law that request
   * cited (gather-evidence.ts): the model, which reads words, sees a complaint about a late answer.
   */
  restated?: boolean;
  /**
   * The rules read the writer asking us to delete an account ("I'd like to delete our account but
   * the button does nothing", "I need help deleting my account"): the labeling conventions make
   * that a deletion request however much of a complaint surrounds it, and the model, which weighs
   * the complaint's words, turned 8 of 9 such asks in the development texts into questions wrongly.
   */
  accountDeletionAsked?: boolean;
  /**
   * The message announces a death (an executor's or a relative's notice): an estate matter, a
   * question for staff unless the rules read a right asked in so many words. The model, which
   * reads "your records", "please" and "account", opened requests from 6 of 7 such notices in the
   * development texts, wrongly. Nor may the model make it junk: a relative's notice asking to
   * close, lock or hand over an account read as junk at 0.78-0.99 (6 of 7 such junk readings in
   * the development texts were a person's notice; the seventh a widow's advance-fee scam).
   */
  deathNotice?: boolean;
  /** Every request word the rules read is a co-occurrence of a right's word and the writer's data, no phrase. */
  coOccurrenceOnly?: boolean;
  /**
   * Every sentence of the body is a question and the rules read none of them as asking us to act
   * ("¿Compartís mis datos con terceros?", "¿Cómo elimino mi cuenta?"). The model, which reads
   * words and not the form of a sentence, may not make it a request: on the real texts of 17a-17l
   * it made six such questions requests and one request right ("¿Qué datos guardáis de mí?", now
   * read by the rules). A polite ask ("could you delete my account?") the rules read themselves.
   */
  onlyQuestions?: boolean;
  /** The message shows a person's privacy matter (privacy-matter.ts): the junk model needs to be surer to make it junk. */
  showsPrivacyMatter?: boolean;
  /**
   * The message forwards another ("Is this really from you?" above a scam): the model reads the
   * junk forwarded, not the question asked about it, so it may not make the message junk.
   */
  forwards?: boolean;
  /**
   * The rules read a right asked in so many words ("Would you please remove the following address"),
   * even one they sent to staff as a medical or billing matter ("SOLICITO que rectifiquen o
   * supriman el dato inexacto" about a paid invoice): a request in the writer's own words, which
   * the model may not make junk, however a credit-file letter's or a pitch's words weigh (an agent
   * service's opt-out letter ends with a sales pitch for itself).
   */
  rightAsked?: boolean;
  /**
   * The writer names their own medical or billing records, or a named patient's ("my medical bill",
   * "Patient: Samuel Ortiz" in a law firm's records request): a patient's matter staff answer
   * (ccpa-rules, Health data), which the junk model may not make junk, however sure (a bill
   * follow-up and a law firm's records payment read as junk at 0.88-0.95 on real texts 27).
   */
  ownRecords?: boolean;
  /** Who writes, read by the rules as if the message were a request (only called when it is made one). */
  requesterIfRequest?: () => RequesterDecision;
}

/** Confidence of a message the model corrected: below any sensible review threshold (default 0.99), so it goes to staff. */
const OVERRULED_CONFIDENCE = 0.5;

const forStaff = (c: Classification, reason: string): Classification => ({
  ...c,
  confidence: Math.min(c.confidence, OVERRULED_CONFIDENCE),
  needsReview: true,
  reasons: [...c.reasons, reason],
});

/** An agent or parent the model is confident of where the rules saw the consumer writing. */
function otherRequester(rules: Classification, opinion: SecondOpinion): RequesterRole | null {
  if (rules.requester !== 'self') return null;
  const { agentProbability: agent, parentProbability: parent } = opinion;
  if (agent > OTHER_REQUESTER_PROBABILITY && agent >= parent) return 'agent';
  return parent > OTHER_REQUESTER_PROBABILITY ? 'parent' : null;
}

/** What a reading that asks nothing carries: no right, nobody acting, no one acted for. */
const noRequest = (): Pick<Classification, 'requestTypes' | 'accessScope' | 'requester' | 'agent' | 'consumerName'> => ({ requestTypes: [], accessScope: null, requester: 'none', agent: null, consumerName: null });

/**
 * A question read as no privacy matter: `other`, for the digest, never answered; `said` are the
 * reasons that come before the one line why.
 */
export function asJunk(c: Classification, why: string, chance: number, said: readonly string[] = []): Classification {
  return {
    ...c,
    ...noRequest(),
    category: 'other',
    // A medical or billing word in junk (a job application for a billing post) is no patient's matter.
    hipaa: false,
    confidence: chance,
    reasons: [...c.reasons, ...said, `not a privacy matter: ${why}`],
    otherWhy: why,
  };
}

/** A question the junk model reads as no privacy matter. */
function junk(rules: Classification, opinion: SecondOpinion, said: string, showsPrivacyMatter: boolean): Classification {
  const found = `the rules found no request${showsPrivacyMatter ? '' : ' nor any privacy matter'}`;
  return asJunk(rules, `the second opinion reads junk (p=${opinion.otherProbability.toFixed(2)}), and ${found}`, opinion.otherProbability, [said]);
}

/** A request both readers agree on: the model may still name an agent or a parent. */
function refineRequest(rules: Classification, opinion: SecondOpinion, said: string): Classification {
  const c: Classification = { ...rules, reasons: [...rules.reasons, said] };
  const requester = otherRequester(rules, opinion);
  return requester === null ? c : forStaff({ ...c, requester }, `model: requester ${requester}, not self`);
}

/**
 * Combine the rules' classification of a person's message with the statistical second opinion.
 * The rules stand unless the model is confident of the other category; then the model's reading
 * is taken (its types and requester when it turns a question into a request) and the message goes
 * to staff, since the two readers disagree. On a request both see, the model can name an agent or
 * a parent where the rules saw the consumer; that too goes to staff. Machine mail is
 * never touched. The model's reasons are always added, so a reviewer sees which words weighed most.
 */
export function combineOpinions(rules: Classification, opinion: SecondOpinion, context: RulesContext = {}): Classification {
  const { withdrawal = false, negatedTypes = [], fromQuoted = false, restated = false, accountDeletionAsked = false, deathNotice = false, ownRecords = false, coOccurrenceOnly = false, showsPrivacyMatter = true, forwards = false, rightAsked = false, onlyQuestions = false, requesterIfRequest } = context;
  if (rules.category !== 'privacy_request' && rules.category !== 'question') return rules;
  const p = opinion.requestProbability;
  const said = `model: privacy request p=${p.toFixed(2)} (${opinion.evidence.join(', ') || 'no known words'})`;
  const rulesSayRequest = rules.category === 'privacy_request';
  // A withdrawal ("cancel the deletion") is full of the words of the request it calls off; the
  // model reads them as a new request, and a deletion opened from a withdrawal cannot be undone.
  // Nor may it turn "please don't delete my account" into the deletion the writer refused: a
  // request only of rights the rules saw negated is not taken.
  const refused = opinion.types.length > 0 && opinion.types.every((t) => negatedTypes.includes(t));
  // A question the rules read as a medical or billing matter goes to staff as one (a HIPAA
  // redirect): the model makes a CCPA request of it only when as sure as it must be to drop one
  // (0.97). That keeps near-threshold guesses off billing mail ("Do you have my correct address?
  // ... my statement": p 0.87) and lets a plain request that mentions a bill through ("I still pay
  // my bills through the portal ... send me a rundown of the personal information you keep": 1.00).
  const needed = !rulesSayRequest && rules.hipaa ? OVERRULE_REQUEST_PROBABILITY : OVERRULE_PROBABILITY;
  // The model reads the body only: a request the rules found in the quoted mail it cannot judge.
  const overrule = rulesSayRequest ? p < 1 - OVERRULE_REQUEST_PROBABILITY && !fromQuoted && !restated && !accountDeletionAsked : p > needed && !withdrawal && !refused && !onlyQuestions && !deathNotice;
  // A medical or billing word is no proof of a patient's matter either: a job application for a
  // medical-billing post, a supplier's payment demand for medical goods. It asks the surer reading.
  const junkNeeded = showsPrivacyMatter || rules.hipaa ? JUNK_SURE_PROBABILITY : JUNK_PROBABILITY;
  if (!overrule && !rulesSayRequest && !forwards && !rightAsked && !deathNotice && !ownRecords && opinion.otherProbability > junkNeeded) return junk(rules, opinion, said, showsPrivacyMatter || rules.hipaa);
  if (!overrule) return rulesSayRequest ? refineRequest(rules, opinion, said) : { ...rules, reasons: [...rules.reasons, said] };
  if (rulesSayRequest) {
    // Request words the model reads as no request go to staff as a question, never to the junk
    // list, however sure the junk model is: a privacy request judged junk loses its clock
    // (§1798.130(a)(2)). Making junk of them took 9 pieces of junk and 1 question in 3,060
    // development texts, but also a parent's opt-out ("... opting out of ...": p junk 0.99) in a
    // fresh test folder; 6 of those pitches now cost staff a glance instead.
    // Only a co-occurrence of a right's word and the writer's data (backoff-patterns.ts: "remove
    // you from my outreach", "sus datos de acceso"), with no phrase that asks, may still be junk.
    if (coOccurrenceOnly && !forwards && !rightAsked && opinion.otherProbability > JUNK_SURE_PROBABILITY) return junk(rules, opinion, said, true);
    const question: Classification = { ...rules, ...noRequest(), category: 'question' };
    return forStaff(question, `${said}: overrules the rules, a question, not a request`);
  }
  const accessScope = opinion.types.includes('access') ? ('categories' as const) : null;
  // Who writes is read from the text as for any request ("I hold his power of attorney"); the
  // model's guess stands only where the rules see the consumer writing for themself.
  const who = requesterIfRequest?.();
  const requester = who === undefined || who.requester === 'self' ? opinion.requester : who.requester;
  const agentFromRules = who !== undefined && who.requester !== 'self';
  const request = {
    ...rules,
    category: 'privacy_request' as const,
    requestTypes: opinion.types,
    accessScope,
    requester,
    agent: agentFromRules ? who.agent : null,
    consumerName: agentFromRules ? who.consumerName : null,
    reasons: agentFromRules ? [...rules.reasons, ...who.reasons] : rules.reasons,
  };
  return forStaff(request, `${said}: overrules the rules, a request (${opinion.types.join(', ') || 'no right named'}; requester ${requester})`);
}

/**
 * The verdict model's change of a combined reading (reconsider-category.ts), under the same
 * guards as the second opinion's overrule: a request read in the quoted mail, restated by a
 * reminder or asked as an account's deletion stays a request. A request made a question goes to
 * staff; a question made junk goes to the digest, as the junk model's does.
 */
export function reconsiderReading(c: Classification, change: Category, chance: number, context: RulesContext = {}): Classification {
  if (change === 'other' && c.category === 'question') return asJunk(c, `the verdict model reads junk (p=${chance.toFixed(2)}, from what the rules and the second opinion read)`, chance);
  const { fromQuoted = false, restated = false, accountDeletionAsked = false } = context;
  if (change !== 'question' || c.category !== 'privacy_request' || fromQuoted || restated || accountDeletionAsked) return c;
  return forStaff({ ...c, ...noRequest(), category: 'question' }, `verdict: a question, not a request (p=${chance.toFixed(2)}, from what the rules and the second opinion read)`);
}
