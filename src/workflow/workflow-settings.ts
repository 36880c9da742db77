import { randomBytes } from 'node:crypto';
import { DEFAULT_CLOCK_CONFIG, type ClockConfig } from '../pipeline/decide/clocks.js';
import { DEFAULT_CODE_POLICY, type CodePolicy, type RandomBytes } from '../pipeline/decide/verification-code.js';
import { DEFAULT_DEGREE_CONFIG, type DegreeConfig } from '../pipeline/decide/verification-degree.js';
import type { TemplateSet } from '../mail/render-template.js';
import type { SenderIdentity } from '../mail/sender-identity.js';
import { DEFAULT_BUSINESS_DECLARATIONS, type BusinessDeclarations } from './business-declarations.js';

/** Everything the request workflow can be told; every default comes from the law or from ccpa-rules.md. */
export interface WorkflowSettings {
  clocks: ClockConfig;
  degree: DegreeConfig;
  codePolicy: CodePolicy;
  /** HMAC secret for verification codes; null: one is generated and kept in the database. */
  secret: string | null;
  /** Remind a requester we are still waiting for after this many days without an answer. */
  reminderAfterDays: number;
  /** Alert staff this many days before a request's deadline. */
  staffAlertDaysBefore: number;
  /** Delete raw message bodies (attachments included) this many days after receipt. */
  rawRetentionDays: number;
  /** Delete unused verification challenges this many days after their code expired. */
  verificationRetentionDays: number;
  /** The most a copy delivered by mail may weigh, all files together (COPY_MAX_BYTES). */
  copyMaxBytes: number;
  random: RandomBytes;
  /** What the privacy notice declares: the completion and denial texts follow it. */
  business: BusinessDeclarations;
  /** Who handles patient-record requests (HIPAA_FORWARD_ADDRESS); null: not configured. */
  hipaaForwardAddress: string | null;
  /** AGENT_PERMISSION_AUTO_ACCEPT: an agent's attachment counts as the signed permission with no staff check (§7063(a)(1)). */
  agentPermissionAutoAccept: boolean;
}

export const DEFAULT_WORKFLOW_SETTINGS: Readonly<WorkflowSettings> = Object.freeze({
  clocks: DEFAULT_CLOCK_CONFIG,
  degree: DEFAULT_DEGREE_CONFIG,
  codePolicy: DEFAULT_CODE_POLICY,
  secret: null,
  reminderAfterDays: 7,
  staffAlertDaysBefore: 5,
  rawRetentionDays: 90,
  verificationRetentionDays: 0,
  copyMaxBytes: 10 * 1024 * 1024,
  random: (n: number) => randomBytes(n),
  business: DEFAULT_BUSINESS_DECLARATIONS,
  hipaaForwardAddress: null,
  agentPermissionAutoAccept: false,
});

/** What the workflow needs from the composition root. */
export interface WorkflowDeps {
  templates: TemplateSet;
  /** Who we are on the mail the workflow sends: the root's one sender identity. */
  sender: SenderIdentity;
  workflow: WorkflowSettings;
}

/** What an agent's attachment is: a document for staff to check, or (AGENT_PERMISSION_AUTO_ACCEPT) the accepted permission. */
export function permissionEvent(deps: WorkflowDeps): 'agent_permission_received' | 'agent_permission_document' {
  return deps.workflow.agentPermissionAutoAccept ? 'agent_permission_received' : 'agent_permission_document';
}
