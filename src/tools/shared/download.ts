/**
 * Saves text as a file through the browser's download (an exported result, a profile, an
 * .ics invitation): nothing is uploaded, the file is made on the device.
 */
export function downloadFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns; revoke it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A value as an indented JSON file. */
export function downloadJson(value: unknown, fileName: string): void {
  downloadFile(JSON.stringify(value, null, 2), fileName, 'application/json');
}
