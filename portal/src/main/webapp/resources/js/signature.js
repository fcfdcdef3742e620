/* PrimeFaces' signature pad (p:signature) writes "Your browser does NOT support signing" into its canvas, the
   canvas's fallback content that screen readers read, in English whatever the page's language; the widget sets that
   text itself (cfg.notAvailable), so no attribute of the tag changes it. This replaces it with the text of the
   page's bundle, given on the pad's field as data-signature-fallback (pledges/sign.xhtml). */
(function () {
    function translate() {
        var fields = document.querySelectorAll('[data-signature-fallback]');
        Array.prototype.forEach.call(fields, function (field) {
            var text = field.getAttribute('data-signature-fallback');
            Array.prototype.forEach.call(field.querySelectorAll('canvas'), function (canvas) {
                if (canvas.textContent === text) {
                    return;
                }
                var p = document.createElement('p');
                p.textContent = text;
                while (canvas.firstChild) {
                    canvas.removeChild(canvas.firstChild);
                }
                canvas.appendChild(p);
            });
        });
    }
    // PrimeFaces makes the widget, and so the canvas, once the document is ready (jQuery's ready, after this
    // script ran): the fields are watched and each canvas put into them gets the text at once
    translate();
    if (window.MutationObserver) {
        var observer = new MutationObserver(translate);
        Array.prototype.forEach.call(document.querySelectorAll('[data-signature-fallback]'), function (field) {
            observer.observe(field, {childList: true, subtree: true});
        });
    }
    document.addEventListener('DOMContentLoaded', translate);
    window.addEventListener('load', translate);
})();
