import type { Calibration } from './calibrate-confidence.js';
import type { ModelBundle } from './linear-model.js';
import type { AttachmentInfo, Language, RequestType, ScreenVerdict } from '../types.js';

/** What the classifier looks at: the readable text of one message and its screening verdict. */
export interface ClassifyInput {
  subject: string;
  /** `readText(mail).body`: the new text, quotes and signature removed. */
  body: string;
  /** `readText(mail).quoted`: consulted only when the body points at it ("see below"). */
  quoted: string;
  /**
   * `readText(mail).signature`: read only for an agent service's footer below the "-- " line
   * ("This request was sent via ... on behalf of Renee Walsh"), which names who acts for whom.
   */
  signature?: string;
  attachments: AttachmentInfo[];
  /** Display name of the sender, to tell a consumer named in the text from the sender. */
  fromName: string;
  screen: ScreenVerdict;
}

export interface ClassifyOptions {
  /** Below this confidence a message is flagged for staff instead of answered. Default 0.7. */
  reviewThreshold?: number;
  /**
   * The statistical second opinion's models (default: the trained `model-weights.json`); `null`
   * reads with the rules alone.
   */
  model?: ModelBundle | null;
  /**
   * Raw score -> probability of being right (default: the fitted `calibration.json`); `null`
   * gives the raw score, which is what the calibration is fitted on.
   */
  calibration?: Calibration | null;
}

/**
 * How a sentence is phrased, which decides whether a request phrase in it is a request.
 * `procedure` is a question about how to exercise a right ("how can I find out what data you
 * have?"): even a phrase that is a request when asked directly is not one there.
 */
export type Mood = 'ask' | 'statement' | 'question' | 'procedure' | 'hypothetical';

/** One phrase that signals a request type. Patterns run on normalized text (see normalizeText). */
export interface TypePattern {
  type: RequestType;
  /** Short name shown in reasons, e.g. `delete+object`. */
  name: string;
  re: RegExp;
  /** Counts as a request even when phrased as a question ("what data do you hold about me?"). */
  inherent?: boolean;
  /** The pattern carries its own negation ("do not sell"): skip the negation check. */
  selfNegating?: boolean;
  scope?: 'categories' | 'specific_pieces';
  /** Only counts when the sentence is about the writer's own data (PhraseTable.personal). */
  personal?: boolean;
}

/** The phrases of one language. Every RegExp runs on normalized (lower-case, unaccented) text. */
export interface PhraseTable {
  lang: Language;
  types: TypePattern[];
  /** Last-resort co-occurrence patterns, read only when `types` found no request (backoff-patterns.ts). */
  backoff?: { types: TypePattern[]; triggers: Record<RequestType, RegExp> };
  /**
   * One cheap keyword test per type: when it fails on a text, none of that type's patterns can
   * match, and they are skipped (speed; the classifier must handle thousands of messages/s).
   */
  triggers: Record<RequestType, RegExp>;
  personal: RegExp;
  /**
   * Clause-level vetoes: a hit of `type` in a clause matching `re` (and not `unless`) is dropped,
   * with `why`.
   */
  vetoes: { type: RequestType | 'any'; re: RegExp; why: string; unless?: RegExp }[];
  /** Legal boilerplate under a message ("if you are not the intended recipient, delete it"). */
  disclaimer: RegExp;
  ask: RegExp;
  politeAsk: RegExp;
  /** A sentence opening with a bare imperative ("Delete my data.", "Borren mis datos."). */
  imperative: RegExp;
  procedure: RegExp;
  /** The writer's own want of an act, its doer the writer ("I want to delete", "necesito actualizar"): see asksHowToDoItThemself. */
  ownWant: RegExp;
  /** A sentence asking how to do something oneself ("What do I do?", "¿Cómo procedo?"). */
  howToDoIt: RegExp;
  /** A question about what is held on the writer or someone they write for ("what do you have on my son?"): asks for access. */
  whatIsHeld: RegExp;
  /** A question to us of what we can do, whatever the verb ("¿pueden hacer delete a toda mi info?"): wider than `politeAsk`, which names the rights' verbs. */
  youCan: RegExp;
  /**
   * The words right before a right's phrase that make it something the writer tried and failed
   * to do themselves, or asks how to do ("I have been trying to | delete my account", "no
   * encuentro la opción para | borrar mi cuenta"): account help, not a request (issue 16).
   */
  selfService: RegExp;
  /**
   * A clause whose subject or time is the act itself ("Deleting my account should delete all my
   * information", "Choosing to delete an account seems to reset it", "Al intentar eliminar mi
   * cuenta me sale un error"): it tells what the product does, and asks nothing (issue 16).
   */
  actAsSubject: RegExp;
  questionStart: RegExp;
  /** A sentence opening with a condition ("if ..., "): the condition part requests nothing. */
  conditionalStart: RegExp;
  /** A sentence about what would happen ("what happens if I delete"): requests nothing. */
  hypothetical: RegExp;
  negation: RegExp;
  /** Words allowed between a negation and the phrase it negates ("not WANT MY account deleted"). */
  negationBridge: ReadonlySet<string>;
  clauseBreak: RegExp;
  goAhead: RegExp;
  /** An order to act on a request the message reports ("please action it", "háganlo ya"): restates it. */
  restatesEarlier: RegExp;
  withdraw: RegExp;
  hipaa: RegExp;
  saleQuestion: RegExp;
  unsubscribe: RegExp;
  legalTerms: RegExp;
  genericRequest: RegExp;
  pointsBelow: RegExp;
  /** A subject that asks in so many words ("Please delete my account", "Can anyone help to remove my account"). */
  pleadingSubject: RegExp;
  /** Refers to an earlier request still unanswered ("I sent you a request on ...", "still waiting"). */
  followUp: RegExp;
  agent: RegExp;
  parent: RegExp;
  adultChild: RegExp;
  sosRegistration: RegExp;
  permissionWording: RegExp;
}

/** A request phrase found in the text, with the sentence context that decides what it means. */
export interface TypeHit {
  type: RequestType;
  pattern: string;
  phrase: string;
  mood: Mood;
  negated: boolean;
  hipaa: boolean;
  sentence: number;
  /** Offsets of the phrase in the normalized text. */
  start: number;
  end: number;
  inherent: boolean;
  scope: 'categories' | 'specific_pieces' | null;
  veto: string | null;
}

/** The veto of a phrase that reports an earlier request ("I sent a deletion request on May 2"). */
export const REPORTS_EARLIER_REQUEST = 'reports an earlier request, makes none';
