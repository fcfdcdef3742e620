/* What PrimeFaces' signature pad (p:signature) gets wrong, mended on the page's pads (pledges/sign.xhtml), each the
   canvas inside a field marked data-signature-fallback:
   - it writes "Your browser does NOT support signing" into its canvas, the canvas's fallback content that screen
     readers read, in English whatever the page's language; the widget sets that text itself (cfg.notAvailable), so
     no attribute of the tag changes it. It is replaced with the text of the page's bundle (data-signature-fallback).
   - it names the canvas with its locale key "signatureLabel", which PrimeFaces' Chinese (and English) locale lacks:
     the canvas said aria-label="???signatureLabel???". The key is added to the locale PrimeFaces reads
     (PrimeFaces.locales), and a canvas named already is renamed, from data-signature-pad-label.
   - a name typed into the pad is drawn as text, then the picture is copied back into the pad by an image that loads
     later, and the copy first sends an empty pad's picture to the hidden field the server reads (_base64). Typed,
     then left, it is right again; but after a refused form the pad draws the kept name again by itself, nobody
     leaves it, and the server got the empty picture ("请签名" with the signature in plain sight). So when the form
     is sent, a pad that shows a signature (typed text or drawn lines) sends the picture it shows. */
(function () {
    function padLabel(field) {
        return field.getAttribute('data-signature-pad-label');
    }

    /* The locale PrimeFaces will read (PrimeFaces.getLocaleSettings, without calling it: it keeps the first answer). */
    function addLocaleKey() {
        var field = document.querySelector('[data-signature-pad-label]');
        var pf = window.PrimeFaces;
        if (!field || !pf || !pf.locales || !pf.settings || !pf.settings.locale) {
            return;
        }
        var name = pf.settings.locale;
        var locale = pf.locales[name] || pf.locales[name.split('_')[0]];
        if (locale) {
            locale.aria = locale.aria || {};
            locale.aria.signatureLabel = padLabel(field);
        }
    }

    function translate() {
        var fields = document.querySelectorAll('[data-signature-fallback]');
        Array.prototype.forEach.call(fields, function (field) {
            var text = field.getAttribute('data-signature-fallback');
            Array.prototype.forEach.call(field.querySelectorAll('canvas'), function (canvas) {
                var label = padLabel(field);
                if (label && canvas.getAttribute('aria-label') !== label) {
                    canvas.setAttribute('aria-label', label);
                }
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

    /* Whether the pad shows a signature: a name typed into it, or drawn lines. */
    function showsSignature(pad) {
        var text = document.getElementById(pad.id + '_text');
        var lines = document.getElementById(pad.id + '_value');
        return !!(text && text.value) || !!(lines && /\[\s*\[/.test(lines.value));
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form || !form.querySelectorAll) {
            return;
        }
        Array.prototype.forEach.call(form.querySelectorAll('[data-signature-fallback] canvas'), function (canvas) {
            var pad = canvas.parentNode;
            var picture = pad && pad.id && document.getElementById(pad.id + '_base64');
            if (picture && showsSignature(pad)) {
                picture.value = canvas.toDataURL();
            }
        });
    }, true);

    // PrimeFaces makes the widget, and so the canvas, once the document is ready (jQuery's ready, after this
    // script ran): the locale gets its key now, the fields are watched and each canvas put into them gets the text
    addLocaleKey();
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
