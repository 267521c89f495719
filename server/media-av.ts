import 'server-only';

export type AvType = { mime: string; ext: 'mp3' | 'm4a' | 'ogg' | 'wav' | 'mp4' | 'webm' };

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/**
 * An audio or video file's type from its first bytes (the name and the client's type are not
 * trusted). Such files are stored as sent (nothing here can re-encode them) and served with their
 * sniffed type, `nosniff` and the sandboxing policy, so a browser never runs one as a page.
 */
export function sniffAv(bytes: Uint8Array): AvType | null {
  if (bytes.length < 12) return null;
  if (ascii(bytes, 0, 3) === 'ID3' || (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0))
    return { mime: 'audio/mpeg', ext: 'mp3' };
  if (ascii(bytes, 0, 4) === 'OggS') return { mime: 'audio/ogg', ext: 'ogg' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WAVE')
    return { mime: 'audio/wav', ext: 'wav' };
  if (ascii(bytes, 4, 8) === 'ftyp')
    return ascii(bytes, 8, 12) === 'M4A '
      ? { mime: 'audio/mp4', ext: 'm4a' }
      : { mime: 'video/mp4', ext: 'mp4' };
  if ([0x1a, 0x45, 0xdf, 0xa3].every((b, i) => bytes[i] === b))
    return { mime: 'video/webm', ext: 'webm' };
  return null;
}
