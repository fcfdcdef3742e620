/* After a refused form (a postback that came back with an error message), the first error message is brought into
   view and given the focus, so that a phone shows it and a screen reader reads it: a form posted without ajax
   comes back as a new page scrolled to its top with the focus on <body>, and its message could sit far below the
   screen (the pledge's message under its long text). Error messages are PrimeFaces' p:messages (.ui-messages-error)
   and p:message (.ui-message-error); the growl is not one (it shows at the window's top). layout.xhtml marks a
   postback on <body> (data-postback); a page opened with a GET is left as it is. */
(function () {
    function shown(element) {
        return element.getClientRects().length > 0;
    }

    function show() {
        if (!document.body || document.body.getAttribute('data-postback') !== 'true') {
            return;
        }
        var first = Array.prototype.filter.call(
            document.querySelectorAll('.ui-messages-error, .ui-message-error'), shown)[0];
        if (!first) {
            return;
        }
        if (!first.hasAttribute('tabindex')) {
            first.setAttribute('tabindex', '-1'); // focusable by script, not a stop for Tab
        }
        first.scrollIntoView({block: 'center'});
        first.focus({preventScroll: true});
    }

    // after the page's own scripts (PrimeFaces builds its widgets when the document is ready)
    if (document.readyState === 'complete') {
        show();
    } else {
        window.addEventListener('load', show);
    }
})();
