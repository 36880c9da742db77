/** One hand-written evaluation message before it is wrapped in MIME. */
export interface EvalMessage {
  id: string;
  from: string;
  subject: string;
  shape: string;
  headers: string[];
  body: string;
}

const CLIENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1',
  'Apple Mail (2.3774.600.62)',
  'Microsoft Outlook 16.0',
  'iPhone Mail (21G93)',
  '',
];

function encodeWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let encoded = '';
    for (const byte of Buffer.from(line, 'utf8')) {
      const ch = String.fromCharCode(byte);
      encoded += byte === 61 || byte > 126 || (byte < 32 && byte !== 9) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : ch;
    }
    const wrapped: string[] = [];
    while (encoded.length > 74) {
      let cut = 73;
      while (encoded[cut - 1] === '=' || encoded[cut - 2] === '=') cut -= 1;
      wrapped.push(`${encoded.slice(0, cut)}=`);
      encoded = encoded.slice(cut);
    }
    wrapped.push(encoded);
    out.push(wrapped.join('\r\n'));
  }
  return out.join('\r\n');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Paragraphs to HTML the way webmail writes it; `>` lines become a Gmail-style quote. */
/** A body written as HTML in the source ("<html>", "<p>", ...) is sent as written. */
const WRITTEN_AS_HTML = /^\s*<(?:!doctype|html|body|div|p|table|span|br)\b/i;

/** The text part beside a body written as HTML: its text, line breaks at block ends. */
function htmlAsText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div|\/li|\/tr|\/h\d)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function toHtml(text: string): string {
  if (WRITTEN_AS_HTML.test(text)) return text;
  const lines = text.replace(/\n$/, '').split('\n');
  const quoteAt = lines.findIndex((l) => l.startsWith('>') || /^On .+wrote:$|^El .+escribi/.test(l));
  const own = quoteAt >= 0 ? lines.slice(0, quoteAt) : lines;
  const quoted = quoteAt >= 0 ? lines.slice(quoteAt) : [];
  const html = own.map((l) => (l.trim() === '' ? '<div><br></div>' : `<div>${escapeHtml(l)}</div>`)).join('\n');
  const quote = quoted.length === 0 ? '' :
    `\n<div class="gmail_quote"><div class="gmail_attr">${escapeHtml(quoted[0] ?? '')}</div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n${quoted.slice(1).map((l) => escapeHtml(l.replace(/^> ?/, ''))).join('<br>\n')}\n</blockquote></div>`;
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">\n${html}${quote}\n</div></body></html>\n`;
}

function headerBlock(m: EvalMessage, index: number, contentHeaders: string[]): string {
  const domain = /@([^>\s]+)/.exec(m.from)?.[1] ?? 'example.org';
  const date = new Date(Date.UTC(2026, 2, 2, 8, 0, 0) + index * 3_517_000);
  const client = CLIENTS[index % CLIENTS.length] ?? '';
  const name = /^(.*?)\s*</.exec(m.from)?.[1] ?? '';
  const from = name !== '' ? `${encodeWord(name)} <${/<([^>]+)>/.exec(m.from)?.[1] ?? ''}>` : m.from;
  return [
    `From: ${from}`,
    `To: ${index % 3 === 0 ? 'Privacy Team <compliance@example.com>' : 'compliance@example.com'}`,
    `Subject: ${encodeWord(m.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${m.id}.${index}@${domain}>`,
    ...(client !== '' ? [`${index % 2 === 0 ? 'User-Agent' : 'X-Mailer'}: ${client}`] : []),
    ...m.headers,
    'MIME-Version: 1.0',
    ...contentHeaders,
  ].join('\r\n');
}

/** The message as RFC 5322 text with CRLF line ends, shaped as `m.shape` says. */
export function renderEml(m: EvalMessage, index: number): string {
  if (m.shape === 'raw') return m.body.replace(/\r?\n/g, '\r\n');
  const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');
  const plain = ['Content-Type: text/plain; charset=utf-8; format=flowed', 'Content-Transfer-Encoding: 8bit'];
  const boundary = `----=_Part_${index}_${m.id.length}`;
  if (m.shape === 'plain') return `${headerBlock(m, index, plain)}\r\n\r\n${crlf(m.body)}`;
  if (m.shape === 'qp') {
    return `${headerBlock(m, index, ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'])}\r\n\r\n${quotedPrintable(m.body)}\r\n`;
  }
  if (m.shape === 'html') {
    return `${headerBlock(m, index, ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'])}\r\n\r\n${quotedPrintable(toHtml(m.body))}\r\n`;
  }
  if (m.shape === 'alt') {
    return `${headerBlock(m, index, [`Content-Type: multipart/alternative; boundary="${boundary}"`])}\r\n\r\n--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${quotedPrintable(WRITTEN_AS_HTML.test(m.body) ? htmlAsText(m.body) : m.body)}\r\n--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${quotedPrintable(toHtml(m.body))}\r\n--${boundary}--\r\n`;
  }
  const file = m.shape.startsWith('attach:') ? m.shape.slice('attach:'.length) : 'document.pdf';
  const type = file.endsWith('.pdf') ? 'application/pdf' : file.endsWith('.png') ? 'image/png' : file.endsWith('.jpg') ? 'image/jpeg' : 'application/octet-stream';
  const payload = Buffer.from(`%PDF-1.4\n% fictional test document for ${m.id}\n`).toString('base64');
  return `${headerBlock(m, index, [`Content-Type: multipart/mixed; boundary="${boundary}"`])}\r\n\r\n--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${crlf(m.body)}\r\n--${boundary}\r\nContent-Type: ${type}; name="${file}"\r\nContent-Disposition: attachment; filename="${file}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${payload}\r\n--${boundary}--\r\n`;
}
