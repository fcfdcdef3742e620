/* Countdown of a quiz attempt. The server decides: the page only shows the seconds it was given and, at
   zero, submits, so that the taker lands on the result. Answers given after the deadline are refused. */
(function () {
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    function start() {
        var timer = document.querySelector('[data-seconds-left]');
        if (!timer) { return; }
        var left = parseInt(timer.getAttribute('data-seconds-left'), 10);
        var value = timer.querySelector('.timer-value');
        var endsAt = Date.now() + left * 1000;
        function tick() {
            var s = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
            value.textContent = pad(Math.floor(s / 60)) + ':' + pad(s % 60);
            if (s <= 60) { timer.classList.add('ending'); }
            if (s === 0) {
                var auto = document.getElementById('take:auto-submit');
                if (auto) { auto.click(); }
                return;
            }
            setTimeout(tick, 500);
        }
        tick();
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
