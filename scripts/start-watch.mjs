// The watch on the app's start, one script for both pages (scripts/post-build.mjs puts it in
// index.html and edit.html, before their Content-Security-Policy hashes it): placed right after
// the page's notice that the app could not start (`#start-failed`, written in the page with its
// words in both languages), it
//   * shows "Loading…", which the markup hides so that it never shows beside <noscript>;
//   * marks the notice `watched`, so that style/main.css's timer, which shows it on its own
//     where no script of the page could run (a header Content-Security-Policy), waits longer:
//     a start may only be slow;
//   * shows the notice at once, and hides "Loading…", when a script of the app fails to load (a
//     missing file, a type that is not JavaScript, a sandbox's refusal; on a page opened from
//     disk, with its words for that, `data-from-disk`) or an error comes before
//     the app has started: the app removes the notice as it starts (src/app/mod.rs), so nothing
//     after that shows it. Not while the explorer's page is on its way to the folder's address
//     with its slash (index.html's first script), whose own requests fail meanwhile.

/** The script, as it goes in the page. */
const WATCH = `<script id="start-watch">
      (() => {
        const notice = document.getElementById('start-failed');
        const loading = document.querySelector('#app > .loading');
        if (loading) loading.hidden = false;
        notice.classList.add('watched');
        const failed = (event) => {
          if (window.briefingLeaving || !notice.isConnected || !(event.target === window || event.target instanceof HTMLScriptElement)) return;
          // Opened from disk, the page's app never runs (browsers fetch no module from a file:
          // address): the notice then says that, and what to open or do instead, in place of
          // causes that are a server's.
          if (location.protocol === 'file:' && notice.querySelector('[data-from-disk]')) {
            for (const part of notice.children) part.hidden = !part.hasAttribute('data-from-disk');
          }
          notice.hidden = false;
          const stillLoading = document.querySelector('#app > .loading');
          if (stillLoading) stillLoading.hidden = true;
        };
        addEventListener('error', failed, true);
        addEventListener('unhandledrejection', failed);
      })();
    </script>`;

/** `html` (either page) with the watch right after its notice. */
export function withStartWatch(html) {
  const notice = /(<div id="start-failed"[\s\S]*?<\/div>)/;
  if (!notice.test(html)) throw new Error('no <div id="start-failed"> in the page');
  if (html.includes('id="start-watch"')) throw new Error('the page already has its start watch');
  return html.replace(notice, `$1\n    ${WATCH}`);
}
