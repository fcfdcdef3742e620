/* The menu on a narrow screen: shoumi.css folds the menu and the top bar's actions away behind the 菜单 button
   once this script has marked the top bar (without the script everything stays visible). The button says
   whether the menu is open (aria-expanded); Escape closes it and gives the focus back to the button. */
(function () {
    function start() {
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
