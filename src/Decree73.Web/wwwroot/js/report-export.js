// Periodic report export: while the server builds the file, the link says "Đang tạo tệp…" (and a live region
// announces it). The server sets the cookie "reportDownload" to the token the link carried when the file is sent,
// which ends the busy state; without script the links are plain downloads.
(function () {
    'use strict';
    var status = document.getElementById('export-status');
    document.querySelectorAll('a.export-link').forEach(function (link) {
        var label = link.textContent;
        var base = link.getAttribute('href');
        link.addEventListener('click', function (event) {
            if (link.getAttribute('aria-disabled') === 'true') {
                event.preventDefault();
                return;
            }
            var token = String(Date.now());
            link.setAttribute('href', base + '&downloadToken=' + token);
            link.setAttribute('aria-disabled', 'true');
            link.classList.add('busy');
            link.textContent = link.dataset.busy;
            if (status) { status.textContent = link.dataset.busy; }
            var started = Date.now();
            var timer = setInterval(function () {
                var done = document.cookie.split('; ').indexOf('reportDownload=' + token) >= 0;
                if (done || Date.now() - started > 120000) {
                    clearInterval(timer);
                    link.textContent = label;
                    link.removeAttribute('aria-disabled');
                    link.classList.remove('busy');
                    link.setAttribute('href', base);
                    if (status) { status.textContent = ''; }
                }
            }, 300);
        });
    });
})();
