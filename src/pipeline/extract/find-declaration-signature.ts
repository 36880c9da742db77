const DECLARATION = /penalty of perjury|pena de perjurio|bajo protesta de decir verdad/i;
// Our templates' own line ("Signed (type your full name): ...", "Firma (escriba su nombre completo): ...")
// carries a parenthetical before the colon; a name typed after it is a signature too.
const SIGNED = /(?:^|\n)[ \t>]*(?:\/s\/|(?:[Ss]igned|(?:[Ee]-?)?[Ss]ignature|[Ff]irma(?:do)?)(?:[ \t]*\([^)\n]{1,60}\))?:?)[ \t]*([\p{Lu}][\p{L}'’.-]+(?:[ \t]+[\p{Lu}][\p{L}'’.-]+){1,4})[ \t]*(?=\n|$)/u;
const NAME_LINE = /^[ \t>]*(?:\/s\/[ \t]*)?([\p{Lu}][\p{L}'’.-]+(?:[ \t]+[\p{Lu}][\p{L}'’.-]+){1,4})[ \t]*$/u;
const NOT_A_NAME = /^(?:Thank|Thanks|Best|Kind|Regards|Sincerely|Yours|Dated|Date|Gracias|Atentamente|Saludos|Cordialmente)\b/;

/**
 * The typed full name that signs a declaration under penalty of perjury (§7062(c) asks for a
 * signed declaration for specific pieces): a "/s/ Name" or "Signed: Name" line after the
 * declaration, or a line holding only a name within the next few lines.
 */
export function findDeclarationSignature(text: string): string | null {
  const declaration = DECLARATION.exec(text);
  if (declaration === null) return null;
  const after = text.slice(declaration.index);
  const signed = SIGNED.exec(after);
  if (signed?.[1] !== undefined) return signed[1].trim();
  for (const line of after.split('\n').slice(1, 8)) {
    const name = NAME_LINE.exec(line)?.[1];
    if (name !== undefined && !NOT_A_NAME.test(name)) return name.trim();
  }
  return null;
}
