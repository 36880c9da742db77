import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { DovecotIdentity } from './dovecot-config.js';

/**
 * Which users a private Dovecot runs as. Root: mail as `nobody` (Dovecot refuses root for mail),
 * services as the package's users. Anyone else: everything as themselves.
 */
export function dovecotIdentity(): DovecotIdentity {
  const self = userInfo();
  const selfGroup = groupName(self.gid);
  if (self.uid !== 0) return { asRoot: false, mailUid: self.uid, mailGid: self.gid, selfName: self.username, selfGroup };
  const nobody = readIfExists('/etc/passwd')
    .split('\n')
    .find((line) => line.startsWith('nobody:'))
    ?.split(':');
  const [mailUid, mailGid] = [Number(nobody?.[2] ?? 65534), Number(nobody?.[3] ?? 65534)];
  return { asRoot: true, mailUid, mailGid, selfName: self.username, selfGroup };
}

/** The gid of the `dovecot` group, whose auth process must read the users file. */
export function dovecotGroupId(): number {
  const gid = groupEntries().find(([name]) => name === 'dovecot')?.[2];
  if (gid === undefined) throw new Error('group "dovecot" not found: is the dovecot package installed?');
  return Number(gid);
}

function groupName(gid: number): string {
  const name = groupEntries().find((fields) => fields[2] === String(gid))?.[0];
  return name ?? String(gid);
}

/** /etc/group as fields: name, password, gid, members. */
function groupEntries(): string[][] {
  return readIfExists('/etc/group')
    .split('\n')
    .map((line) => line.split(':'));
}

function readIfExists(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
