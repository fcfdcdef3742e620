/* PrimeFaces' date picker (p:datePicker with showIcon, as sh:dateField has) makes its calendar button with the text
   "ui-button" inside, which screen readers read as its name and which shows in the page's text. Each such button
   gets the page's own name for it (data-choose-date on <body>, from the bundle: 选择日期 / Choose a date) as its
   text and its aria-label, also when a picker is made later (ajax updates). */
(function () {
    function name() {
        var text = document.body && document.body.getAttribute('data-choose-date');
        if (!text) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll('button.ui-datepicker-trigger'), function (button) {
            if (button.getAttribute('aria-label') !== text) {
                button.setAttribute('aria-label', text);
            }
            var inner = button.querySelector('.ui-button-text');
            if (inner && inner.textContent !== text) {
                inner.textContent = text;
            }
        });
    }

    function start() {
        name();
        if (window.MutationObserver) {
            new MutationObserver(name).observe(document.body, {childList: true, subtree: true});
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
