// Console behaviour that needs a script: copy buttons and confirmations. Pages work without it,
// except that copying then means selecting the text by hand.
(function () {
  "use strict";

  function copy(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = document.getElementById("copy-status");
    var text = source.textContent.trim();
    var done = function (message) {
      if (status) {
        status.textContent = message;
      }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(
        function () { done("Copied to the clipboard."); },
        function () { selectText(source); done("Press Ctrl+C (or ⌘C) to copy the selected key."); });
    } else {
      selectText(source);
      done("Press Ctrl+C (or ⌘C) to copy the selected key.");
    }
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target.closest) {
      var copyButton = target.closest("[data-copy]");
      if (copyButton) {
        copy(copyButton);
        return;
      }
      var confirming = target.closest("[data-confirm]");
      if (confirming && !window.confirm(confirming.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    }
  });
})();
