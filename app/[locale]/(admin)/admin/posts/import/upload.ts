/** What the import route answers: the report, or an error code (with the field it belongs to). */
export type UploadAnswer<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Posts a form with XMLHttpRequest, which (unlike fetch) reports upload progress: `onProgress`
 * gets the fraction sent, then 1 while the server works. Network failures are an answer too.
 */
export function uploadForm<T>(
  url: string,
  data: FormData,
  onProgress: (fraction: number) => void,
): Promise<UploadAnswer<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      const body = xhr.response as UploadAnswer<T> | null;
      if (body && typeof body === 'object' && 'ok' in body) resolve(body);
      else resolve({ ok: false, error: xhr.status === 413 ? 'fileTooLarge' : 'unknown' });
    };
    xhr.onerror = () => resolve({ ok: false, error: 'uploadFailed' });
    xhr.onabort = () => resolve({ ok: false, error: 'uploadFailed' });
    xhr.send(data);
  });
}
