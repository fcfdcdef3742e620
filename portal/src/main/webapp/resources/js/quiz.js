/* Countdown of a quiz attempt. The server decides: the page only shows the seconds it was given and, at
   zero, submits, so that the taker lands on the result. Answers given after the deadline are refused.
   For screen readers: the countdown (role=timer) is not read at every tick; the warnings at 5 and 1 minutes and
   the automatic submission are spoken through the alert region, and each answer saved through the status region. */
(function () {
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    function say(id, text) {
        var region = document.getElementById(id);
        if (region && text) {
            region.textContent = '';
            // a change after a short pause is announced even when the same words come twice
            setTimeout(function () { region.textContent = text; }, 50);
        }
    }
    function countdown() {
        var timer = document.querySelector('[data-seconds-left]');
        if (!timer) { return; }
        var left = parseInt(timer.getAttribute('data-seconds-left'), 10);
        var value = timer.querySelector('.timer-value');
        var endsAt = Date.now() + left * 1000;
        var warned = { 300: left <= 300, 60: left <= 60 };
        function tick() {
            var s = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
            value.textContent = pad(Math.floor(s / 60)) + ':' + pad(s % 60);
            if (s <= 60) { timer.classList.add('ending'); }
            if (s <= 300 && !warned[300]) { warned[300] = true; say('time-warning', timer.getAttribute('data-warn-5')); }
            if (s <= 60 && !warned[60]) { warned[60] = true; say('time-warning', timer.getAttribute('data-warn-1')); }
            if (s === 0) {
                say('time-warning', timer.getAttribute('data-warn-0'));
                var auto = document.getElementById('take:auto-submit');
                if (auto) { setTimeout(function () { auto.click(); }, 300); }
                return;
            }
            setTimeout(tick, 500);
        }
        tick();
    }
    function savedNotes() {
        var form = document.getElementById('take');
        var status = document.getElementById('save-status');
        if (!form || !status || !window.MutationObserver) { return; }
        var pattern = status.getAttribute('data-pattern') || '{0}: {1}';
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                Array.prototype.forEach.call(change.addedNodes, function (node) {
                    if (node.nodeType === 1 && node.classList.contains('saved') && node.textContent.trim()) {
                        say('save-status', pattern.replace('{0}', node.getAttribute('data-position'))
                            .replace('{1}', node.textContent.trim()));
                    }
                });
            });
        }).observe(form, { childList: true, subtree: true });
    }
    function start() { countdown(); savedNotes(); }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
