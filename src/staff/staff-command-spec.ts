import type { StaffFlagReason } from '../pipeline/decide/staff-flag-reasons.js';
import type { NotUnderstoodReason, StaffAction, StaffCommand, StaffCommandContext, StaffCommandKind } from './staff-command.js';

export type CommandOf<K extends StaffCommandKind> = Extract<StaffCommand, { kind: K }>;

/** What the command line gives a command; `--file` is read into `text` before it gets here. */
export interface CommandLineArguments {
  reason?: string;
  message?: string;
  text?: string;
  to?: string;
  into?: string;
  /** `--attach FILE...`, read into name and content before it gets here (I/O stays in cli/). */
  files?: AttachedFile[];
  types?: string;
}

/** A file staff attach to a command (a copy to deliver), from the command line or a staff reply. */
export interface AttachedFile {
  filename: string;
  content: Buffer;
}

export type CommandLineOption = Exclude<keyof CommandLineArguments, 'files'> | 'file' | 'attach';

/**
 * One staff command, for both surfaces: a reply to a flag mail and `ccpa-mailbot requests`.
 * Methods (not arrow properties) so one entry can be used through the table's common type.
 */
export interface StaffCommandSpec<K extends StaffCommandKind> {
  /** Other first words a reply may start with; the command line takes them as aliases too. */
  aliases: readonly string[];
  /** What follows the name in a reply, as the menus show it. */
  mailArguments: string;
  /** The one help line: the flag and help mails' menus, and the command line's help. */
  help: string;
  /**
   * The flag mails whose menu offers the command. Only the menu: a reply to any flag mail may
   * use any command, and the help mail lists them all.
   */
  offeredFor: 'every_flag' | readonly StaffFlagReason[];
  /** The command line's options, each with what it means for this command. */
  options: Partial<Record<CommandLineOption, string>>;
  /** Reads the rest of the reply's first line and the lines below it (up to the quote). */
  fromMail(args: string, below: string): CommandOf<K> | NotUnderstoodReason;
  /** Reads the command line's options; a string says what is missing or wrong. */
  fromCommandLine(options: CommandLineArguments): CommandOf<K> | string;
  /** What the command does: a request event for the state machine, or an action on the thread. */
  plan(command: CommandOf<K>, ctx: StaffCommandContext): StaffAction;
}
