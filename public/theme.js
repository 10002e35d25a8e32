// Applies the saved or system theme before first paint, so the page does not flash. A file, not an inline
// script, because the Content-Security-Policy allows scripts only from our own files.
(() => {
  var saved = null;
  try {
    saved = localStorage.getItem('bookswriter.theme');
  } catch {}
  var dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.classList.toggle('dark', dark);
})();
