import type { Db } from '../store/db.js';
import { listSendingClaimants, releaseClaimsOf } from '../store/outbox.js';

/** This process, as the names of claimed rows spell it: `${instanceId}:${pid}` (the CLI adds `cli:`). */
export interface ClaimOwner {
  instanceId: string;
  pid: number;
  /** Whether a process with this id runs on this host now. */
  isRunning: (pid: number) => boolean;
}

/**
 * Whether rows claimed under `claimant` were left behind by an earlier process of this instance:
 * same instance id, and a pid that is ours (we have not claimed anything yet, so it was an earlier
 * process with the same pid, as in a container where the daemon is always pid 1) or that no longer
 * runs. A CLI of this instance that still runs (`digest --send`) keeps its rows.
 */
export function isEarlierClaim(claimant: string, owner: ClaimOwner): boolean {
  const parts = claimant.split(':');
  if (parts.length < 2 || parts[0] !== owner.instanceId) return false;
  const pid = Number(parts[parts.length - 1]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  return pid === owner.pid || !owner.isRunning(pid);
}

/**
 * At start-up, before anything is claimed: rows a crashed earlier process of this instance left in
 * `sending` go back to `pending` at once instead of waiting out the lease, and are re-sent with the
 * same Message-ID (the server may have taken them; a client recognises the copy as the same message).
 * Rows of other instances keep the lease: they may be sending them right now.
 */
export async function releaseEarlierClaims(db: Db, owner: ClaimOwner): Promise<number[]> {
  const earlier = (await listSendingClaimants(db)).filter((c) => isEarlierClaim(c, owner));
  return releaseClaimsOf(db, earlier, 'released at start-up: an earlier process of this instance stopped while sending; re-sending with the same Message-ID');
}

/** `process.kill(pid, 0)` probes without signalling: EPERM means it runs under another user. */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM';
  }
}
