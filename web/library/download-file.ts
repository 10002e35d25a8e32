// Hands the writer a file made in the page: a Blob behind a temporary object URL, clicked through a hidden link.

export interface DownloadTarget {
  document: Document;
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
}

export function downloadMarkdown(
  { document, url }: DownloadTarget,
  fileName: string,
  markdown: string,
): void {
  const href = url.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the Blob once the click returns; revoking later lets slow browsers start the download.
  setTimeout(() => url.revokeObjectURL(href), 1_000);
}
