/** A URL with its password replaced, safe to log or print (README: passwords never reach the logs). */
export function redactUrl(url: URL | string): string {
  const copy = new URL(url.toString());
  if (copy.password) copy.password = '***';
  return copy.toString();
}
