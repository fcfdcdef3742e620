/* Printed tables: a cell that holds one short token (a staff number, a date, a name, a department; at most 12
   characters) or a staff number or a date and one more (a name, a time; at most 16) is marked "whole", which
   shoumi.css keeps on one line on paper; longer text wraps as before. The
   printed 脱密期 and completion lists cut "SM014" to "SM01 / 4", "2026-02-10" to "2026- / 02-10" and "朱文博" to
   "朱文 / 博" (outside check). Marked when the page loads, after each PrimeFaces update and before printing. */
(function () {
    /* the cell's own text: a reflow table repeats its column's heading in each cell (.ui-column-title, shown only on
       a narrow screen), which is not part of the value ("Staff no.SM014" has a space) */
    function textOf(cell) {
        var text = '';
        Array.prototype.forEach.call(cell.childNodes, function (node) {
            if (!(node.nodeType === 1 && node.classList.contains('ui-column-title'))) {
                text += node.textContent;
            }
        });
        return text.trim();
    }
    function mark() {
        var cells = document.querySelectorAll('.ui-datatable td, .ui-treetable td');
        Array.prototype.forEach.call(cells, function (cell) {
            var text = textOf(cell);
            /* one token, or a staff number or a date followed by one more ("SM014 朱文博", "2026-12-07 10:30": the English
               records page cut the name of such a cell; outside check ex-s37j 3); two words of text ("IT Centre") still
               wrap, or the table grows past the page */
            /* at most 12 characters for one token (a staff number, a date, a name), 16 for two: a longer one may wrap
               rather than push the table's last column off the page (outside check: it cut the last date) */
            cell.classList.toggle('whole', text.length > 0 && (!/\s/.test(text) ? text.length <= 12
                : text.length <= 16 && /^[A-Za-z]*\d[\w:-]*\s+\S+$/.test(text)));
        });
    }
    window.addEventListener('beforeprint', mark);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', mark);
    } else {
        mark();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', mark);
    }
})();
