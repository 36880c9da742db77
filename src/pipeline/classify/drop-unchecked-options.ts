/**
 * Request forms list every right with a box to tick ("[X] Right to Delete", "[ ] Right to
 * Correct"): a line whose box is left empty names a right the writer did not choose, so it is
 * dropped before the request phrases are looked for. Empty boxes: `[ ]`, `[]`, `( )`, `☐`, `□`.
 */
const UNCHECKED_LINE = /^[ \t]*(?:[-*•][ \t]*)?(?:\[[ \t_]*\]|\([ \t]*\)|[\u2610\u25a1])[^\n]*/gm;
const ANY_BOX = /\[[ \t_]*\]|\([ \t]*\)|[\u2610\u25a1]/;

/** The text with the lines of unticked form options blanked (line breaks kept). */
export function dropUncheckedOptions(text: string): string {
  if (!ANY_BOX.test(text)) return text;
  return text.replace(UNCHECKED_LINE, '');
}
