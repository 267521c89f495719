/** What the import route answers: the report, or an error code (with the field it belongs to). */
export type UploadAnswer<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/** Where an upload is: the fraction of the file sent, then the server's count of entries done. */
export type UploadProgress = { sent: number } | { done: number; total: number };

type Line<T> = UploadAnswer<T> | { progress: { done: number; total: number } };

/** The complete lines of a newline-delimited JSON text from `from` on; unreadable lines skipped. */
function linesOf<T>(text: string, from: number): { lines: Line<T>[]; next: number } {
  const end = text.lastIndexOf('\n') + 1;
  if (end <= from) return { lines: [], next: from };
  const lines = text
    .slice(from, end)
    .split('\n')
    .flatMap((raw) => {
      try {
        return raw.trim() ? [JSON.parse(raw) as Line<T>] : [];
      } catch {
        return [];
      }
    });
  return { lines, next: end };
}

/** The answer in a finished response: the streamed report line, or a refusal sent as one JSON. */
function answerOf<T>(xhr: XMLHttpRequest): UploadAnswer<T> {
  const text = xhr.responseText;
  const lines = linesOf<T>(`${text}\n`, 0).lines;
  const last = [...lines].reverse().find((l): l is UploadAnswer<T> => 'ok' in l);
  if (last) return last;
  return { ok: false, error: xhr.status === 413 ? 'fileTooLarge' : 'unknown' };
}

/**
 * Posts a form with XMLHttpRequest, which (unlike fetch) reports upload progress: `onProgress`
 * gets the fraction sent, then the server's own count of entries imported as its streamed
 * progress lines arrive (app/api/import/route.ts). Network failures are an answer too.
 */
export function uploadForm<T>(
  url: string,
  data: FormData,
  onProgress: (progress: UploadProgress) => void,
): Promise<UploadAnswer<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/x-ndjson, application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ sent: e.loaded / e.total });
    };
    xhr.upload.onload = () => onProgress({ sent: 1 });
    xhr.onprogress = () => {
      const { lines, next } = linesOf<T>(xhr.responseText, read);
      read = next;
      const counts = lines.flatMap((l) => ('progress' in l ? [l.progress] : []));
      const latest = counts.at(-1);
      if (latest) onProgress(latest);
    };
    xhr.onload = () => resolve(answerOf<T>(xhr));
    xhr.onerror = () => resolve({ ok: false, error: 'uploadFailed' });
    xhr.onabort = () => resolve({ ok: false, error: 'uploadFailed' });
    xhr.send(data);
  });
}
