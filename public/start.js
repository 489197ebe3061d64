/* Starts the app. Loaded as a classic script so that the build also works when opened from a file
   share (file://), where Chromium blocks module scripts. SystemJS marks scripts it loads as
   cross-origin when the page has no real origin (file://); that would block them, so the
   createScript hook clears it. */
(function () {
  var proto = System.constructor.prototype;
  var maak = proto.createScript;
  proto.createScript = function (url) {
    var script = maak.call(this, url);
    if (location.protocol === 'file:') script.crossOrigin = null;
    return script;
  };
  System.import(document.getElementById('vite-legacy-entry').getAttribute('data-src'));
})();
