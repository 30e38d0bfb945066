// @ts-check
/**
 * The listener a newsroom's page loads with the embed snippet (served at /so-lieu/nhung/khung.js,
 * a stable address, as plain script: it runs on other sites, so no module, no build step). Each
 * of our embed pages posts its height (src/client/embed-height.ts); this sets that height on the
 * <iframe data-gopy-embed> it came from, so a chart is never cut off and never has a scrollbar of
 * its own. Only messages from the origin this script came from are heard. Loaded twice (two
 * snippets on one page), it listens once.
 */
(function () {
  var w = /** @type {Window & { gopyEmbedHeight?: boolean }} */ (window);
  if (w.gopyEmbedHeight) return;
  w.gopyEmbedHeight = true;
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  var origin = script && script.src ? new URL(script.src).origin : '';
  window.addEventListener('message', function (e) {
    if (origin && e.origin !== origin) return;
    var d = e.data;
    if (!d || d.gopy !== 'embed-height' || typeof d.height !== 'number' || !(d.height > 0)) return;
    var frames = document.querySelectorAll('iframe[data-gopy-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = /** @type {HTMLIFrameElement} */ (frames[i]);
      if (frame.contentWindow === e.source) frame.style.height = Math.min(Math.ceil(d.height), 6000) + 'px';
    }
  });
})();
