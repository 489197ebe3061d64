/* Starts the app; loaded as a classic script (the CSP forbids inline scripts). Served over http(s),
   the browser loads native ES module chunks: modulepreload hints for the entry's static imports, then
   the entry. Opened from a file share (file://), where Chromium blocks module scripts, it loads the
   SystemJS chunks instead (vite.config.ts, mkba:bestandsshare). SystemJS marks scripts it loads as
   cross-origin when the page has no real origin (file://); that would block them, so the createScript
   hook clears it. */
(function () {
  var start = document.getElementById('mkba-start');
  // The browser's first Intl.NumberFormat loads its number data (~150 ms at 4x CPU slowdown, the
  // first amount on screen waits for it); done here, it overlaps the download of the chunks.
  function warmIntl() {
    try {
      new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(1);
    } catch (e) {
      /* formatting then pays it later, nothing else changes */
    }
  }
  var kop = document.head;
  if (location.protocol === 'http:' || location.protocol === 'https:') {
    var lijst = (start.getAttribute('data-preload') || '').split(' ');
    for (var i = 0; i < lijst.length; i++) {
      if (!lijst[i]) continue;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = lijst[i];
      kop.appendChild(link);
    }
    var entry = document.createElement('script');
    entry.type = 'module';
    entry.src = start.getAttribute('data-module');
    kop.appendChild(entry);
    warmIntl();
    return;
  }
  var sys = document.createElement('script');
  sys.src = start.getAttribute('data-systemjs');
  sys.onload = function () {
    var proto = System.constructor.prototype;
    var maak = proto.createScript;
    proto.createScript = function (url) {
      var script = maak.call(this, url);
      script.crossOrigin = null;
      return script;
    };
    System.import(start.getAttribute('data-legacy'));
  };
  kop.appendChild(sys);
  warmIntl();
})();
