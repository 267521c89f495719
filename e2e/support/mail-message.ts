/** A received single-part text mail: headers (names lower-cased, encoded words decoded) and text. */
export type ParsedMail = { headers: Map<string, string>; text: string };

const hexBytes = (s: string) =>
  Buffer.from(
    s.replace(/=([0-9A-Fa-f]{2})|([\s\S])/g, (_, hex: string | undefined, ch: string) =>
      hex ? String.fromCharCode(parseInt(hex, 16)) : ch,
    ),
    'latin1',
  );

// RFC 2047 encoded words (=?UTF-8?B?…?= / ?Q?), joined where only space separates two of them.
const decodeWords = (value: string) =>
  value.replace(
    /=\?[^?]+\?([BbQq])\?([^?]*)\?=(?:\s+(?==\?))?/g,
    (_, encoding: string, data: string) =>
      (encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : hexBytes(data.replace(/_/g, ' '))
      ).toString('utf8'),
  );

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable')
    return hexBytes(body.replace(/=\r?\n/g, '')).toString('utf8');
  return body;
}

/** Reads an RFC 5322 message as nodemailer writes a plain-text mail (no attachments). */
export function parseMessage(raw: string): ParsedMail {
  const end = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, end).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(
        line.slice(0, colon).trim().toLowerCase(),
        decodeWords(line.slice(colon + 1).trim()),
      );
  }
  const body = raw.slice(end).replace(/^\r?\n\r?\n/, '');
  const text = decodeBody(body, headers.get('content-transfer-encoding')?.toLowerCase());
  return { headers, text: text.replace(/\r\n/g, '\n') };
}
