import type { Config } from './config.js';
import { systemClock, type Clock } from './shared/clock.js';
import type { Logger } from './shared/logger.js';
import type { Db } from './store/db.js';
import type { InboundDeps } from './inbound/handle-inbound.js';
import type { PipelineSettings } from './pipeline/process-message.js';
import type { DigestDeps, DigestSettings } from './digest/send-digest.js';
import { loadTemplates, type LoadedTemplates, type TemplateSet } from './mail/render-template.js';
import type { SenderIdentity } from './mail/sender-identity.js';
import type { FlagMailerDeps } from './staff/mail-pending-flags.js';
import type { WorkflowDeps, WorkflowSettings } from './workflow/workflow-settings.js';
import { digestSettings, pipelineSettings, senderIdentity, staffLoopSettings, templateDirs, workflowSettings } from './settings-from-config.js';

/**
 * What the composition root builds once from the configuration and hands down: the one clock,
 * the one sender identity, the templates (loaded once) and each layer's settings. The daemon
 * builds it at start; each CLI command builds it the same way.
 */
export interface BotRoot {
  config: Config;
  clock: Clock;
  sender: SenderIdentity;
  templates: TemplateSet;
  pipeline: PipelineSettings;
  workflow: WorkflowSettings;
  digest: DigestSettings;
}

/** Builds the root's parts from the configuration; `clock` is the system clock unless a test sets one. */
export function composeRoot(config: Config, clock: Clock = systemClock): BotRoot {
  const sender = senderIdentity(config);
  // Loaded once, on first use: a command that sends no mail (status, metrics) never compiles them.
  let templates: LoadedTemplates | undefined;
  return {
    config,
    clock,
    sender,
    get templates() {
      templates ??= loadTemplates(templateDirs(config));
      return templates;
    },
    pipeline: pipelineSettings(config, sender),
    workflow: workflowSettings(config),
    digest: digestSettings(config, sender),
  };
}

/** Everything the pipeline needs, built from the configuration: shared by the daemon and the CLI. */
export function inboundDeps(config: Config, db: Db, log: Logger, root: BotRoot = composeRoot(config)): InboundDeps {
  return {
    db,
    log,
    clock: root.clock,
    templates: root.templates,
    settings: root.pipeline,
    workflow: root.workflow,
    staff: staffSettings(root),
    sender: root.sender,
  };
}

/** Templates, sender identity and settings for the workflow outside the inbound path (CLI, sweeps). */
export function workflowDeps(config: Config, root: BotRoot = composeRoot(config)): WorkflowDeps {
  return { templates: root.templates, sender: root.sender, workflow: root.workflow };
}

/** What flag mail needs: the staff settings are resolved per run (the reply-key secret may be stored). */
export function flagMailerDeps(root: BotRoot, db: Db): FlagMailerDeps {
  return { db, templates: root.templates, settings: staffSettings(root) };
}

export function digestDeps(root: BotRoot, db: Db, log: Logger): DigestDeps {
  return { db, templates: root.templates, settings: root.digest, log };
}

function staffSettings(root: BotRoot): InboundDeps['staff'] {
  return (trx, now) => staffLoopSettings(root.config, root.config.staff, trx, now, root.sender);
}
