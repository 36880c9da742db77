/**
 * Generators for big or hostile messages, built in test code rather than committed as files.
 * All people and domains are fictional.
 */

/** A message with one attachment of `bytes` bytes, base64-encoded in 76-character lines. */
export function withAttachment(bytes: number): Buffer {
  const body = Buffer.alloc(bytes, 0x41).toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    [
      'From: Ana Example <ana@example.com>',
      'To: privacy@example.org',
      'Subject: Documents for my request',
      'Message-ID: <big-attachment@example.com>',
      'Content-Type: multipart/mixed; boundary="mix"',
      '',
      '--mix',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Please delete my data. My ID is attached.',
      '--mix',
      'Content-Type: application/octet-stream; name="scan.bin"',
      'Content-Disposition: attachment; filename="scan.bin"',
      'Content-Transfer-Encoding: base64',
      '',
      body,
      '--mix--',
      '',
    ].join('\r\n'),
  );
}

/** A message addressed to `count` recipients in To. */
export function withRecipients(count: number): Buffer {
  const to = Array.from({ length: count }, (_, i) => `user${i}@example.net`).join(',\r\n ');
  return Buffer.from(
    `From: bulk@example.com\r\nTo: ${to}\r\nSubject: Hello all\r\nMessage-ID: <many@example.com>\r\n\r\nHi.\r\n`,
  );
}

/** A message wrapping itself in message/rfc822 `levels` times. */
export function nestedMessage(levels: number): Buffer {
  let inner = 'From: inner@example.com\r\nSubject: innermost\r\n\r\nPlease delete my data.\r\n';
  for (let level = levels; level >= 1; level -= 1) {
    inner = [
      `From: level${level}@example.com`,
      'To: privacy@example.org',
      `Subject: Fwd level ${level}`,
      `Content-Type: multipart/mixed; boundary="n${level}"`,
      '',
      `--n${level}`,
      'Content-Type: text/plain',
      '',
      `Forwarded, level ${level}.`,
      `--n${level}`,
      'Content-Type: message/rfc822',
      '',
      inner,
      `--n${level}--`,
      '',
    ].join('\r\n');
  }
  return Buffer.from(`From: outer@example.com\r\nTo: privacy@example.org\r\nSubject: nest\r\nContent-Type: message/rfc822\r\n\r\n${inner}`);
}
