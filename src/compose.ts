import path from 'node:path';
import type { Config } from './config.js';
import type { Logger } from './shared/logger.js';
import type { Db } from './store/db.js';
import { packageRoot } from './package-root.js';
import type { InboundDeps } from './inbound/handle-inbound.js';
import { LOOP_HEADER } from './mail/compose-reply.js';
import { loadTemplates } from './mail/render-template.js';
import { workflowSettings } from './workflow/workflow-settings-from-config.js';
import { staffLoopSettings } from './staff/staff-loop-settings.js';

/** The bundled templates, after any operator override folder. */
export function templateDirs(config: Config): string[] {
  return [...(config.templatesDir ? [path.resolve(config.templatesDir)] : []), path.join(packageRoot(), 'templates')];
}

/** Everything the pipeline needs, built from the configuration: shared by the daemon and the CLI. */
export function inboundDeps(config: Config, db: Db, log: Logger): InboundDeps {
  const domain = config.botAddress.split('@')[1] ?? 'localhost';
  const workflow = workflowSettings(config);
  return {
    db,
    log,
    templates: loadTemplates(templateDirs(config)),
    settings: {
      screen: { ownAddresses: [config.botAddress], messageIdDomain: domain, loopHeader: LOOP_HEADER.toLowerCase() },
      clocks: workflow.clocks,
      reviewThreshold: config.reviewThreshold,
      replyLimits: config.replyLimits,
    },
    workflow,
    staff: (trx, now) => staffLoopSettings(config, config.staff, trx, now),
    reply: { botAddress: config.botAddress, botName: `${config.businessName} Privacy Team`, businessName: config.businessName, instanceId: config.instanceId },
  };
}
