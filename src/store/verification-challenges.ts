import type { Db } from './db.js';
import { fromDb, toIso } from './time.js';
import type { StoredCode } from '../pipeline/decide/verification-code.js';
import type { VerificationDegree } from '../pipeline/decide/verification-degree.js';

/** An issued single-use code: only its salted HMAC is stored, never the code (§7060(d)). */
export interface ChallengeRow {
  id: number;
  stored: StoredCode;
  /** The only address a code is accepted from. */
  answerFrom: string;
  degree: VerificationDegree;
}

/** Stores a new challenge; returns its id. */
export async function insertChallenge(db: Db, challenge: Omit<ChallengeRow, 'id'>, now: Date): Promise<number> {
  const { stored } = challenge;
  const [row] = await db('verification_challenges')
    .insert({
      salt: stored.salt,
      hash: stored.hash,
      expires_at: toIso(stored.expiresAt),
      max_attempts: stored.maxAttempts,
      attempts: stored.attempts,
      used_at: stored.usedAt ? toIso(stored.usedAt) : null,
      answer_from: challenge.answerFrom,
      degree: JSON.stringify(challenge.degree),
      created_at: toIso(now),
    })
    .returning('id');
  return typeof row === 'object' ? (row as { id: number }).id : Number(row);
}

export async function findChallenge(db: Db, id: number): Promise<ChallengeRow | null> {
  const row = await db('verification_challenges').where({ id }).first();
  if (!row) return null;
  return {
    id: Number(row.id),
    answerFrom: String(row.answer_from),
    degree: JSON.parse(String(row.degree)) as VerificationDegree,
    stored: {
      salt: String(row.salt),
      hash: String(row.hash),
      expiresAt: fromDb(row.expires_at),
      maxAttempts: Number(row.max_attempts),
      attempts: Number(row.attempts),
      usedAt: row.used_at == null ? null : fromDb(row.used_at),
    },
  };
}

/** Records a counted attempt (or the code's use). */
export async function updateChallenge(db: Db, id: number, stored: StoredCode): Promise<void> {
  await db('verification_challenges')
    .where({ id })
    .update({ attempts: stored.attempts, used_at: stored.usedAt ? toIso(stored.usedAt) : null });
}

/** Verification over: its data goes (§1798.130(a)(7), §7060(d)); the request keeps its record. */
export async function deleteChallenge(db: Db, id: number): Promise<void> {
  await db('requests').where({ challenge_id: id }).update({ challenge_id: null });
  await db('verification_challenges').where({ id }).delete();
}

/** Deletes challenges whose code expired before `cutoff` (the retention job); returns how many. */
export async function deleteExpiredChallenges(db: Db, cutoff: Date): Promise<number> {
  const rows: Array<{ id: number }> = await db('verification_challenges').where('expires_at', '<', toIso(cutoff)).select('id');
  for (const row of rows) await deleteChallenge(db, Number(row.id));
  return rows.length;
}

/**
 * A request closed while its challenge was out (a withdrawal): it lets go of the challenge, which
 * is deleted unless another request, not in one of `finalStatuses`, still waits on it (§7060(d)).
 */
export async function releaseChallenge(db: Db, request: { id: number; challengeId: number }, finalStatuses: readonly string[]): Promise<void> {
  await db('requests').where({ id: request.id }).update({ challenge_id: null });
  const [row] = await db('requests').where({ challenge_id: request.challengeId }).whereNotIn('status', [...finalStatuses]).count({ n: '*' });
  if (Number(row?.n ?? 0) === 0) await deleteChallenge(db, request.challengeId);
}
