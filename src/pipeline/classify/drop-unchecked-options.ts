/**
 * Request forms list every right with a box to tick ("[X] Right to Delete", "[ ] Right to
 * Correct"): a line whose box is left empty names a right the writer did not choose, so it is
 * dropped before the request phrases are looked for. Empty boxes: `[ ]`, `[]`, `( )`, `☐`, `□`.
 */
const UNCHECKED_LINE = /^[ \t]*(?:[-*•][ \t]*)?(?:\[[ \t_]*\]|\([ \t]*\)|[\u2610\u25a1])[^\n]*/gm;
const ANY_BOX = /\[[ \t_]*\]|\([ \t]*\)|[\u2610\u25a1]/;

// Forms also put several options on one line ("[X] Right to Know  [ ] Right to Delete"): each
// option runs from its box to the next box, so an unticked one is cut out up to there, and a
// ticked one starts a line of its own (its own sentence, so one option's words do not veto
// another's).
const UNCHECKED_INLINE = /(?:\[[ \t_]*\]|\([ \t]*\)|[\u2610\u25a1])[^[(\u2610\u2611\u2612\u25a1\n]*/g;
const ALL_BOXES = /\[[ \t_xX\u2713\u2714*]?\]|\([ \t]*\)|[\u2610\u2611\u2612\u25a1]/g;
const CHECKED_INLINE = /[ \t]+(?=\[[xX\u2713\u2714*]\]|[\u2611\u2612])/g;

/** The text with unticked form options blanked (line breaks kept). */
export function dropUncheckedOptions(text: string): string {
  if (!ANY_BOX.test(text)) return text;
  return text.replace(UNCHECKED_LINE, '').replace(/^.*$/gm, splitOptionRow);
}

/** A line with two or more boxes is a row of options ("see [ ] below" is a line of prose). */
function splitOptionRow(line: string): string {
  if ((line.match(ALL_BOXES) ?? []).length < 2) return line;
  return line.replace(UNCHECKED_INLINE, '').replace(CHECKED_INLINE, '\n');
}
