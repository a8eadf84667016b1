// Proposal page and forms (static file, CSP 'self', no inline handler):
// - every amount in đồng (inputs marked data-amount="vnd") is grouped with "." when the box is left, so
//   "50000000" reads "50.000.000"; what the server could not read (a decimal part, letters) is left as typed for its
//   message; the server reads "50.000.000", "50,000,000" and "50 000 000" alike;
// - the collapsible sections print expanded (and close again after printing).
(function () {
    'use strict';

    function group(digits) {
        return digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    }

    // Digits only, or digits grouped by threes with one kind of separator ("." "," or spaces), and an optional
    // trailing "đ"/"VNĐ": the same forms the server reads. Anything else is left alone.
    function digitsOf(text) {
        var value = text.trim().replace(/\s*(đ|đồng|vnđ|vnd)$/i, '').trim();
        if (/^\d+$/.test(value)) { return value; }
        var match = /^\d{1,3}(([.,\u00a0 ])\d{3})(\2\d{3})*$/.exec(value);
        return match ? value.replace(/\D/g, '') : null;
    }

    function format(input) {
        var digits = digitsOf(input.value);
        if (digits === null || digits.length === 0) { return; }
        var formatted = group(digits);
        if (formatted !== input.value) { input.value = formatted; }
    }

    document.querySelectorAll('input[data-amount="vnd"]').forEach(function (input) {
        input.addEventListener('blur', function () { format(input); });
        // While typing, a box holding only digits and dots is regrouped at once, keeping the caret after the same digit
        // (in Vietnamese a dot only ever groups thousands, so a dot typed by hand is replaced by the grouping itself);
        // anything else ("50,5", letters) is left as typed, for the server's message.
        input.addEventListener('input', function () {
            var value = input.value;
            if (!/^[\d.]*$/.test(value) || value.indexOf('..') >= 0) { return; }
            var caret = input.selectionStart === null ? value.length : input.selectionStart;
            var before = value.slice(0, caret).replace(/\D/g, '').length;
            var digits = value.replace(/\D/g, '');
            if (digits.length === 0) { return; }
            var formatted = group(digits);
            if (formatted === value) { return; }
            input.value = formatted;
            var position = 0, seen = 0;
            while (position < formatted.length && seen < before) {
                if (/\d/.test(formatted.charAt(position))) { seen += 1; }
                position += 1;
            }
            input.setSelectionRange(position, position);
        });
    });

    var closed = [];
    window.addEventListener('beforeprint', function () {
        closed = Array.prototype.filter.call(document.querySelectorAll('details.section'), function (d) { return !d.open; });
        closed.forEach(function (d) { d.open = true; });
    });
    window.addEventListener('afterprint', function () {
        closed.forEach(function (d) { d.open = false; });
        closed = [];
    });
}());
