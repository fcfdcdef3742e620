/* The menu on a narrow screen: shoumi.css folds the menu and the top bar's actions away behind the 菜单 button
   once this script has marked the top bar (without the script everything stays visible). The button says
   whether the menu is open (aria-expanded); Escape closes it and gives the focus back to the button. */
(function () {
    /* The groups of the menu (details elements): one open at a time; Escape or a click elsewhere closes it. */
    function groups() {
        var all = Array.prototype.slice.call(document.querySelectorAll('.topbar details.menu-group'));
        all.forEach(function (group) {
            group.addEventListener('toggle', function () {
                if (group.open) {
                    all.forEach(function (other) { if (other !== group) { other.open = false; } });
                    // a list that would run past the window's right edge opens leftwards, under its name's end
                    var items = group.querySelector('.menu-items');
                    items.classList.remove('menu-items-end');
                    if (items.getBoundingClientRect().right > document.documentElement.clientWidth) {
                        items.classList.add('menu-items-end');
                    }
                }
            });
            group.addEventListener('keydown', function (event) {
                if (event.key === 'Escape' && group.open) {
                    group.open = false;
                    group.querySelector('summary').focus();
                    event.stopPropagation();
                }
            });
        });
        document.addEventListener('click', function (event) {
            all.forEach(function (group) {
                if (group.open && !group.contains(event.target)) { group.open = false; }
            });
        });
    }
    function start() {
        groups();
        var toggle = document.getElementById('menu-toggle');
        var bar = toggle && toggle.closest('.topbar');
        if (!bar) { return; }
        function set(open) {
            bar.classList.toggle('menu-open', open);
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        }
        toggle.addEventListener('click', function () {
            set(toggle.getAttribute('aria-expanded') !== 'true');
        });
        bar.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
                set(false);
                toggle.focus();
            }
        });
        set(false);
        bar.classList.add('menu-ready');
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
