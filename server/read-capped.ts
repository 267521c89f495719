import 'server-only';

/**
 * The request body as text, or null once it passes `max` bytes (whatever Content-Length claims).
 * Bytes that are not UTF-8 become U+FFFD, which the schemas refuse field by field, exactly as they
 * do for a form's server action (whose fields arrive decoded that way).
 */
export async function readCapped(request: Request, max: number): Promise<string | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    size += chunk.value.byteLength;
    if (size > max) {
      await reader!.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
