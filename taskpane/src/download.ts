/** Hands bytes to the browser as a file download. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function download(bytes: Uint8Array, fileName: string, type = XLSX): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
