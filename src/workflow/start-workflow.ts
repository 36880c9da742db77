import { listAccessRequestsAnswered, loadWorkflowRequests, saveWorkflowState, updateRequestFields, type WorkflowRequest } from '../store/workflow-requests.js';
import { checkAccessLimit } from '../pipeline/decide/access-limit.js';
import { dueDates, isOptOutLike, toLocalDate, type IsoDate } from '../pipeline/decide/clocks.js';
import { initialRequestState, type RequestEvent } from '../pipeline/decide/request-state.js';
import { recordedState } from '../pipeline/decide/recorded-state.js';
import type { Classification, InboundMail, RequestType, RequesterRole } from '../pipeline/types.js';
import { isRequestType } from '../shared/request-types.js';
import { applyWorkflowEvents, type EventContext, type PlannedMail } from './apply-workflow-event.js';
import { findConsumerAddress } from './find-consumer-address.js';
import { addressesOf, consumerOf, isSameConsumer } from './same-consumer.js';
import { verifyOrHandOver } from './verify-or-hand-over.js';
import { permissionEvent, type WorkflowDeps } from './workflow-settings.js';

export interface OpenedRecord {
  id: number;
  reference: string;
  type: string;
  requesterRole: RequesterRole;
}

export interface StartInput {
  opened: readonly OpenedRecord[];
  mail: InboundMail;
  classification: Classification | null;
  /** The new text of the message, for the consumer's address in an agent's request. */
  body: string;
  /**
   * `none` when the bot does not answer (unsure, or over the reply limit): the requests still get
   * their state and clock, so staff can act on them and the sweeps watch them, but nothing is sent.
   * `opt_out_only` when unsure: opt-out and limit requests are still confirmed (§7060(b)).
   */
  answer: 'all' | 'opt_out_only' | 'none';
}

/**
 * Puts newly opened CCPA requests on the workflow: each gets its pure state and clock, then
 * the limit check (§1798.130(b)), the `acknowledged` event (agent permission §7063, parent proof
 * §7070, opt-out confirmation §7060(b)) and, for the rest, one verification challenge for the
 * message. Returns the planned mail; whether it stands in for the acknowledgement is the
 * first-reply rule's to say (pipeline/decide/first-reply.ts).
 */
export async function startWorkflow(ctx: EventContext, deps: WorkflowDeps, input: StartInput): Promise<PlannedMail[]> {
  const { mail } = input;
  const requester = mail.from?.address ?? '';
  const eligible = input.opened.filter((r) => isRequestType(r.type));
  const consumerAddress = eligible.some((r) => r.requesterRole === 'agent') ? findConsumerAddress(input.body, [requester, deps.sender.address]) : null;
  for (const record of eligible) {
    const type = record.type as RequestType;
    const state = initialRequestState({
      reference: record.reference,
      type,
      accessScope: type === 'access' ? (input.classification?.accessScope ?? null) : null,
      requester: record.requesterRole,
      lang: input.classification?.lang ?? 'en',
      due: dueDates(mail.receivedAt, type, deps.workflow.clocks),
      timeZone: deps.workflow.clocks.timeZone,
    });
    await saveWorkflowState(ctx.trx, record.id, recordedState(state), ctx.now);
    if (consumerAddress && record.requesterRole === 'agent') await updateRequestFields(ctx.trx, record.id, { consumerAddress });
  }
  const requests = await loadWorkflowRequests(ctx.trx, eligible.map((r) => r.id));
  if (input.answer === 'none') return [];
  if (input.answer === 'opt_out_only') return firstSteps(ctx, deps, requests.filter((r) => isOptOutLike(r.state.type)), input);
  return firstSteps(ctx, deps, requests, input);
}

async function firstSteps(ctx: EventContext, deps: WorkflowDeps, requests: WorkflowRequest[], input: StartInput): Promise<PlannedMail[]> {
  const cause = { at: ctx.now, actor: 'bot' as const, messageId: input.mail.messageId };
  const groupIds = requests.map((r) => r.id);
  const steps: Array<{ request: WorkflowRequest; event: RequestEvent }> = [];
  for (const request of requests) {
    const access = request.state.type === 'access' || request.state.type === 'portability';
    const limit = access ? checkAccessLimit(await earlierAnswersOn(ctx, request, groupIds), request.state.due.receivedOn) : { reached: false as const };
    steps.push({ request, event: limit.reached ? { ...cause, kind: 'limit_exceeded', newRequestFrom: limit.newRequestFrom } : { ...cause, kind: 'acknowledged' } });
  }
  const mails = (await applyWorkflowEvents(ctx, steps)).mails;
  if (input.mail.attachments.length > 0) {
    const waiting = requests.filter((r) => r.state.status === 'on_hold' && r.state.hold?.reason === 'agent_permission');
    const applied = await applyWorkflowEvents(ctx, waiting.map((request) => ({ request, event: { ...cause, actor: 'consumer' as const, kind: permissionEvent(deps) } })));
    // The permission (or a document for staff to check) came with the request: asking for it would be wrong.
    const received = new Set(waiting.map((r) => r.id));
    const kept = mails.filter((m) => !(m.action.template === 'agent-permission-request' && received.has(m.request.id)));
    mails.splice(0, mails.length, ...kept, ...applied.mails);
  }
  mails.push(...(await verifyOrHandOver(ctx, deps, requests.filter((r) => r.state.status === 'received'), input.mail.messageId)));
  return mails;
}

/**
 * The local dates on which earlier access and portability requests about the same consumer were
 * answered with the information (§1798.130(b) limits them per consumer): an agent's other clients
 * do not count, and a consumer who asked once through an agent and once directly has both counted.
 */
async function earlierAnswersOn(ctx: EventContext, request: WorkflowRequest, groupIds: readonly number[]): Promise<IsoDate[]> {
  const consumer = consumerOf({ requesterRole: request.state.requester, requesterAddress: request.requesterAddress, consumerAddress: request.consumerAddress, consumerName: request.consumerName });
  const earlier = await listAccessRequestsAnswered(ctx.trx, { requesterAddresses: addressesOf(consumer), consumerAddress: consumer.address, before: request.receivedAt, excludeIds: groupIds });
  return earlier.filter((e) => isSameConsumer(consumer, consumerOf(e))).map((e) => toLocalDate(e.respondedAt, request.state.timeZone));
}
