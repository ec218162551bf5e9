/** Saves a blob as a file: an object URL and a temporary <a download>, with no server involved. */

// Revoking in the same task can cancel the download in some browsers (FileSaver.js waits 40 s);
// a short wait is enough for the download to have started, and frees the memory soon after.
const REVOKE_AFTER_MS = 10_000;

/** Starts the download of `blob` under the file name `name`. */
export function saveBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
