// Rebound's only script: runs the message check as the user types in a draft, and shows the
// practice timer. Without it every page works the same (the Check button, the server-side timer).
(function () {
  "use strict";
  var form = document.getElementById("draft-form");
  if (!form) return;
  var body = document.getElementById("body");
  var summary = document.getElementById("check-summary");
  var preview = document.getElementById("check-preview");
  var list = document.getElementById("check-findings");
  var dismissedBox = document.getElementById("check-dismissed");
  var dismissedList = dismissedBox ? dismissedBox.querySelector("ul") : null;
  // Longer texts are checked with the Check button, not at every keystroke.
  var liveLimit = parseInt(form.getAttribute("data-live-limit"), 10);
  var copy = document.getElementById("copy");
  var token = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var timer = null;
  var sequence = 0;

  var labels = { "apology": "Apology", "excuse": "Excuse", "self-criticism": "Self-criticism", "begging": "Begging",
    "too-long": "Too long", "no-thanks": "No thanks", "no-interest": "No interest", "placeholder": "Unfilled placeholder",
    "wrong-name": "Name from elsewhere" };

  function plural(count, noun) { return count + " " + noun + (count === 1 ? "" : "s"); }

  function button(name, finding, label) {
    var b = document.createElement("button");
    b.type = "submit";
    b.setAttribute("form", "draft-form");
    b.name = name;
    b.value = finding.rule + "|" + finding.excerpt;
    b.className = "link";
    b.textContent = label;
    return b;
  }

  function render(text, report) {
    var findings = report.findings.filter(function (f) { return !f.dismissed; });
    var dismissed = report.findings.filter(function (f) { return f.dismissed; });
    // Spans are UTF-16 offsets, which is how JavaScript strings count too.
    var order = findings.map(function (f, i) { return { f: f, n: i + 1 }; })
      .sort(function (a, b) { return a.f.start - b.f.start; });
    preview.textContent = "";
    var position = 0;
    order.forEach(function (item) {
      var start = Math.max(position, Math.min(item.f.start, text.length));
      var end = Math.max(start, Math.min(item.f.end, text.length));
      if (start > position) preview.appendChild(document.createTextNode(text.slice(position, start)));
      if (end > start) {
        var mark = document.createElement("mark");
        mark.textContent = text.slice(start, end);
        var sup = document.createElement("sup");
        sup.textContent = String(item.n);
        mark.appendChild(sup);
        preview.appendChild(mark);
      }
      position = Math.max(position, end);
    });
    if (position < text.length) preview.appendChild(document.createTextNode(text.slice(position)));

    // A finding as a list item: its rule and words, then what follows them.
    function item(f, after) {
      var li = document.createElement("li");
      var rule = document.createElement("strong");
      rule.textContent = labels[f.rule] || f.rule;
      li.appendChild(rule);
      li.appendChild(document.createTextNode(": \u201C" + f.excerpt + "\u201D"));
      after.forEach(function (node) { li.appendChild(node); });
      return li;
    }

    list.textContent = "";
    findings.forEach(function (f) {
      var better = document.createElement("em");
      better.textContent = "Better:";
      list.appendChild(item(f, [document.createTextNode(". " + f.message + " "), better,
        document.createTextNode(" " + f.suggestion + " "), button("dismiss", f, "This is fine")]));
    });
    if (dismissedList) {
      dismissedList.textContent = "";
      dismissed.forEach(function (f) {
        dismissedList.appendChild(item(f, [document.createTextNode(" "), button("restore", f, "Check it again")]));
      });
      dismissedBox.hidden = dismissed.length === 0;
    }
    var fine = dismissed.length ? " (" + dismissed.length + " marked as fine)" : "";
    var count = findings.length + (report.omitted || 0);
    if (count === 0) {
      summary.textContent = "No problems found: " + plural(report.words, "word") + "." + fine;
      summary.className = "ok";
    } else {
      summary.textContent = plural(count, "thing") + " to look at: " + plural(report.words, "word") + "." + fine;
      summary.className = "";
    }
  }

  function check() {
    var text = body.value;
    var mine = ++sequence;
    if (text.length > liveLimit) {
      summary.textContent = "This draft is too long to check as you type: press Check.";
      summary.className = "";
      return;
    }
    var request = new XMLHttpRequest();
    request.open("POST", "/api/v1/check");
    request.setRequestHeader("Content-Type", "application/json");
    request.setRequestHeader("X-CSRF-Token", token);
    request.onload = function () {
      if (mine !== sequence || request.status !== 200) return;
      try { render(text, JSON.parse(request.responseText)); } catch (e) { /* keep the last result */ }
    };
    request.send(JSON.stringify({ text: text, kind: form.getAttribute("data-check-kind"), interview: form.getAttribute("data-interview"),
      draft: form.getAttribute("data-draft") }));
  }

  body.addEventListener("input", function () {
    if (timer) clearTimeout(timer);
    timer = setTimeout(check, 300);
  });

  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      var subject = document.getElementById("subject").value;
      navigator.clipboard.writeText("Subject: " + subject + "\n\n" + body.value).then(function () {
        copy.textContent = "Copied";
        setTimeout(function () { copy.textContent = "Copy the message"; }, 2000);
      });
    });
  }
})();

// The practice timer: shows the time since the question appeared. Without JavaScript the
// server still measures it from the form's "shown" time, so this is only a courtesy.
(function () {
  "use strict";
  var clock = document.querySelector("[data-timer-from]");
  if (!clock) return;
  var started = Date.now();
  function show() {
    var seconds = Math.floor((Date.now() - started) / 1000);
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    clock.textContent = "Time so far: " + minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }
  show();
  setInterval(show, 1000);
})();
