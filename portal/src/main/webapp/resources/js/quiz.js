/* Countdown of a quiz attempt. The server decides: the page only shows the seconds it was given and, at
   zero, submits, so that the taker lands on the result (or, when extra time was granted meanwhile, on the page
   again with the new time: QuizTakeView.timeUp). Answers given after the deadline are refused.
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
    /* Autosave: each change of an answer field sends that question's answer (its chosen options, or all its blanks)
       to the answer endpoint (AnswerServlet) with the page's token. One request at a time, in the order given; a
       question waiting for its turn is sent once, with what it shows when its turn comes. The reply's "saved at"
       note goes into the question's note and is spoken through the status region. */
    function autosave() {
        var form = document.getElementById('take');
        if (!form || !form.getAttribute('data-answer-url') || !window.fetch || !window.jQuery) { return; }
        var url = form.getAttribute('data-answer-url');
        var token = form.getAttribute('data-answer-token');
        var status = document.getElementById('save-status');
        var pattern = (status && status.getAttribute('data-pattern')) || '{0}: {1}';
        var queue = [];
        var busy = false;
        var idle = [];
        var unsaved = [];
        var ended = false;
        /* Shows text as the page's one error message (in place of any before it) and returns its text element, or
           null when the page has no message box. */
        function errorMessage(text, kind) {
            var box = document.getElementById('take:take-messages');
            if (!box) { return null; }
            box.innerHTML = '';
            var div = document.createElement('div');
            div.className = 'ui-messages-error ui-corner-all' + (kind ? ' ' + kind : '');
            var span = document.createElement('span');
            span.className = 'ui-messages-error-summary';
            span.textContent = text;
            div.appendChild(span);
            box.appendChild(div);
            return span;
        }
        function showError(text) {
            errorMessage(text);
            say('time-warning', text);
        }
        function filled(attribute, value) {
            return (form.getAttribute(attribute) || '').split('{0}').join(value);
        }
        /* The session ended (the answer endpoint said {"login":true}, or the container answered with its login
           page): this answer and those waiting were not saved, and none given from now on can be; nor can a check
           (kind 'check', of question "about") or the hand-in (kind 'submit') be done. The taker is told so in the
           page's language, with the way back: the login (in the page's language), which returns to this paper. */
        function sessionEnded(question, kind, about) {
            ended = true;
            // the page's view went with the session: no unload request for it as the page is left for the login
            // (sent without a session to a page that needs one, its answer raced the login page's for the browser's
            // session cookie, and the login form then met an expired view)
            if (window.OmniFaces && window.OmniFaces.Unload) { window.OmniFaces.Unload.disable(); }
            [question].concat(queue.splice(0)).filter(Boolean).forEach(function (q) {
                var p = q.getAttribute('data-position');
                if (unsaved.indexOf(p) < 0) { unsaved.push(p); }
            });
            busy = false;
            idle.splice(0); // no hand-in now: it would only meet the login page
            var answers = unsaved.length ? filled('data-session-ended',
                unsaved.join(form.getAttribute('data-list-separator') || ', ')) : '';
            var done = kind === 'check' ? filled('data-session-ended-check', about)
                : kind === 'submit' ? filled('data-session-ended-submit', '') : '';
            var text = [done, answers].filter(Boolean).join(' ');
            var span = errorMessage(text + ' ', 'session-ended');
            if (span) {
                var link = document.createElement('a');
                link.id = 'take-log-in';
                link.href = form.getAttribute('data-login-url');
                link.textContent = form.getAttribute('data-log-in');
                span.appendChild(link);
                span.parentNode.parentNode.scrollIntoView({ block: 'center' });
                link.focus();
            }
            say('time-warning', text);
        }
        function toTheLogin(response) {
            return response.status === 401 || (response.redirected && response.url.indexOf('/login.xhtml') >= 0);
        }
        function clearError() {
            var box = document.getElementById('take:take-messages');
            if (box && box.querySelector('.ui-messages-error')) { box.innerHTML = ''; }
        }
        function answerOf(question) {
            var body = new URLSearchParams();
            body.append('token', token);
            body.append('position', question.getAttribute('data-position'));
            question.querySelectorAll('input[type=radio]:checked, input[type=checkbox]:checked').forEach(function (i) {
                body.append('answer', i.value);
            });
            question.querySelectorAll('input[type=text]').forEach(function (i) { body.append('answer', i.value); });
            return body;
        }
        function next() {
            if (!queue.length) {
                busy = false;
                idle.splice(0).forEach(function (done) { done(); });
                return;
            }
            busy = true;
            var question = queue.shift();
            var position = question.getAttribute('data-position');
            fetch(url, { method: 'POST', body: answerOf(question), credentials: 'same-origin', keepalive: true,
                         headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' } })
                .then(function (response) {
                    if (toTheLogin(response)) {
                        // the session ended: 401 {"login":true} (AccountStateFilter), or the container's own login
                        // page when the login cookie ended too
                        sessionEnded(question);
                        return null;
                    }
                    var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
                    if (!json || response.redirected) {
                        // anything else that is not the endpoint's answer: open the page again
                        window.location.reload();
                        return null;
                    }
                    return response.json();
                })
                .then(function (reply) {
                    if (!reply) { return; }
                    if (reply.reload) { window.location.reload(); return; }
                    if (reply.redirect) { window.location.href = reply.redirect; return; }
                    if (reply.error) { showError(reply.error); next(); return; }
                    clearError();
                    var note = document.querySelector('.saved-' + position);
                    if (note) { note.textContent = reply.note; }
                    // the save this page knows of now: the hand-in writes this page's answer only over it, never
                    // over one saved later from another tab (QuizTakeView.known)
                    var known = question.querySelector('input[data-known]');
                    if (known && reply.version) { known.value = reply.version; }
                    say('save-status', pattern.replace('{0}', position).replace('{1}', reply.note));
                    next();
                })
                .catch(function () {
                    showError(form.getAttribute('data-not-saved'));
                    next();
                });
        }
        // jQuery's delegated handler also hears the change events PrimeFaces' radio and checkbox widgets trigger
        window.jQuery(form).on('change', '.question input', function () {
            var question = this.closest('.question');
            if (!question || this.disabled) { return; }
            if (ended) { sessionEnded(question); return; }
            if (queue.indexOf(question) < 0) { queue.push(question); }
            if (!busy) { next(); }
        });
        /* Before a press whose Faces request leaves the page's script (查看本题答案, 交卷): asks the answer endpoint
           whether the session still takes the page's posts, then does "then". An ended session went, with such a
           press, straight to the login page in Chinese, with no word that the check or the hand-in was not done
           (outside check): it is told here as for an answer. Without an answer (the connection) the press goes on
           as it would have. */
        function whenLoggedIn(then, kind, about) {
            var body = new URLSearchParams();
            body.append('token', token);
            body.append('alive', 'true');
            fetch(url, { method: 'POST', body: body, credentials: 'same-origin',
                         headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' } })
                .then(function (response) {
                    if (toTheLogin(response)) { sessionEnded(null, kind, about); return null; }
                    var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
                    return json && !response.redirected ? response.json() : {};
                })
                .then(function (reply) {
                    if (!reply) { return; }
                    if (reply.reload) { window.location.reload(); return; }
                    then();
                }, function () { then(); });
        }
        // a check waits for the endpoint's word that the session is alive (capturing the click before PrimeFaces'
        // own handler on the button sends the check)
        form.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('button[id$=":check"]') : null;
            if (!button || !form.contains(button)) { return; }
            if (button.getAttribute('data-alive') === 'true') { button.removeAttribute('data-alive'); return; }
            event.preventDefault();
            event.stopImmediatePropagation();
            var question = button.closest('.question');
            var position = question ? question.getAttribute('data-position') : '';
            if (ended) { sessionEnded(null, 'check', position); return; }
            whenLoggedIn(function () {
                button.setAttribute('data-alive', 'true');
                button.click();
            }, 'check', position);
        }, true);
        // handing in waits for the answers still on their way, so that none arrives after the paper, and for the
        // endpoint's word that the session is alive
        var handingIn = false;
        form.addEventListener('submit', function (event) {
            if (ended) {
                // handing in needs a login too: the message and its link lead there first
                event.preventDefault();
                sessionEnded(null, 'submit');
                return;
            }
            if (handingIn) { handingIn = false; return; }
            event.preventDefault();
            var submitter = event.submitter;
            function handIn() {
                whenLoggedIn(function () {
                    if (form.requestSubmit) {
                        handingIn = true; // the submit event this fires goes on
                        form.requestSubmit(submitter);
                    } else {
                        form.submit();
                    }
                }, 'submit');
            }
            if (!busy && !queue.length) { handIn(); } else { idle.push(handIn); }
        });
    }
    function start() { countdown(); savedNotes(); autosave(); }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
