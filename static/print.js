// The Print button: shown only when this script runs (the page says how to
// print from the browser's menu otherwise), and it prints the page.
"use strict";
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () {
    window.print();
  });
});
