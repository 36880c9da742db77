import type { Config } from '../config.js';
import { DEFAULT_DIGEST_TIME, parseDigestTime } from './digest-schedule.js';
import type { DigestSettings } from './send-digest.js';

/** The digest's settings from the configuration; `digestTime` is `HH:MM` in the configured zone. */
export function digestSettingsFromConfig(config: Config, digestTime: string = DEFAULT_DIGEST_TIME): DigestSettings {
  return {
    staffAddresses: config.staffAddresses,
    timeZone: config.timeZone,
    digestTime: parseDigestTime(digestTime),
    botAddress: config.botAddress,
    botName: `${config.businessName} Privacy Team`,
    businessName: config.businessName,
    instanceId: config.instanceId,
  };
}
