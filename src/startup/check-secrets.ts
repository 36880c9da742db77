import type { Config } from '../config.js';
import { ok, warning, type CheckResult } from './check-result.js';

/**
 * The two HMAC keys. Unset is allowed (a key is generated and kept in the database) but is a
 * warning: whoever reads the database can then forge codes and staff reply keys. A key that is
 * too short never gets here: the configuration refuses it (src/config-sections.ts).
 */
export function checkSecrets(config: Config): CheckResult[] {
  const fix = 'set it to 32 or more random characters, e.g. the output of `openssl rand -hex 32`';
  return [
    config.workflow.verificationSecret === null
      ? warning('VERIFICATION_SECRET', 'not set; verification codes are keyed by a secret kept in the database', fix)
      : ok('VERIFICATION_SECRET', 'set'),
    config.staff.replyKeySecret === null
      ? warning('STAFF_REPLY_SECRET', 'not set; staff reply keys are keyed by a secret kept in the database', fix)
      : ok('STAFF_REPLY_SECRET', 'set'),
  ];
}
