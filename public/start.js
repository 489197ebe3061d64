/* Starts the app (the CSP forbids inline scripts): ES module chunks over http(s), SystemJS chunks on
   file://, where browsers block module scripts. Why and how: scripts/startscript.ts. */
(function () {
  var start = document.getElementById('mkba-start');
  var kop = document.head;
  function hints(lijst, rel) {
    lijst = (start.getAttribute(lijst) || '').split(' ');
    for (var i = 0; i < lijst.length; i++) {
      if (!lijst[i]) continue;
      var link = document.createElement('link');
      link.rel = rel;
      if (rel === 'preload') link.as = 'script';
      link.href = lijst[i];
      kop.appendChild(link);
    }
  }
  function script(src, type, klaar) {
    var s = document.createElement('script');
    if (type) s.type = type;
    s.src = start.getAttribute(src);
    s.onload = klaar || null;
    kop.appendChild(s);
  }
  if (location.protocol === 'http:' || location.protocol === 'https:') {
    hints('data-preload', 'modulepreload');
    script('data-module', 'module');
  } else {
    hints('data-legacy-preload', 'preload');
    script('data-systemjs', '', function () {
      // SystemJS marks the scripts it adds as cross-origin; file:// has no origin, that blocks them.
      var proto = System.constructor.prototype;
      var maak = proto.createScript;
      proto.createScript = function (url) {
        var s = maak.call(this, url);
        s.crossOrigin = null;
        return s;
      };
      System.import(start.getAttribute('data-legacy'));
    });
  }
  // The first Intl.NumberFormat loads the browser's number data (~100-150 ms at 4x CPU slowdown before
  // the first amount); done here, it overlaps the download of the chunks.
  try {
    new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(1);
  } catch (e) {}
})();
