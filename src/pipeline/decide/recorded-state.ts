import type { IsoDate } from '../../shared/local-date.js';
import { FINAL_STATUSES, type RequestState } from './request-state.js';
import { currentDeadline } from './workflow-mail.js';

/** A request state with the §7101 record columns it implies, ready for the store to write. */
export interface RecordedState {
  state: RequestState;
  /** The response deadline in force: the extended one once the extension is used. */
  dueDate: IsoDate;
  /** A final status that answers the request: the record keeps the date of the response (§7101). A merged duplicate has none. */
  final: boolean;
}

/** What the store records of `state`; the store itself knows no request rules. */
export function recordedState(state: RequestState): RecordedState {
  return { state, dueDate: currentDeadline(state), final: FINAL_STATUSES.includes(state.status) && state.status !== 'merged' };
}
