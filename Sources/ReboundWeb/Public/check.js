// Rebound's only script: runs the message check as the user types in a draft, and shows the
// practice timer. Without it every page works the same (the Check button, the server-side timer).
(function () {
  "use strict";
  var form = document.getElementById("draft-form");
  if (!form) return;
  var body = document.getElementById("body");
  var summary = document.getElementById("check-summary");
  var list = document.getElementById("check-findings");
  var dismissedBox = document.getElementById("check-dismissed");
  var dismissedList = dismissedBox ? dismissedBox.querySelector("ul") : null;
  // Longer texts are checked with the Check button, not at every keystroke.
  var liveLimit = parseInt(form.getAttribute("data-live-limit"), 10);
  var copyBody = document.getElementById("copy-body");
  var copySubject = document.getElementById("copy-subject");
  var whatToFix = null;
  // Findings cured by taking the words out get a "Remove this sentence" button.
  var removable = { "apology": true, "excuse": true, "self-criticism": true, "begging": true };
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
    b.value = name === "remove" ? finding.start + ":" + finding.end + "|" + finding.excerpt : finding.rule + "|" + finding.excerpt;
    b.className = name === "remove" ? "secondary" : "link";
    b.textContent = label;
    return b;
  }

  function render(text, report) {
    var findings = report.findings.filter(function (f) { return !f.dismissed; });
    var dismissed = report.findings.filter(function (f) { return f.dismissed; });
    // Spans are UTF-16 offsets, which is how JavaScript strings count too.
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
      var actions = document.createElement("span");
      actions.className = "finding-actions";
      if (removable[f.rule]) {
        actions.appendChild(button("remove", f, "Remove this sentence"));
        actions.appendChild(document.createTextNode(" "));
      }
      actions.appendChild(button("dismiss", f, "This is fine"));
      list.appendChild(item(f, [document.createTextNode(". " + f.message + " "), better,
        document.createTextNode(" " + f.suggestion + " "), actions]));
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
    // The link down to the findings shows only while there is something to fix.
    if (!whatToFix) {
      whatToFix = summary.parentNode.querySelector('a[href="#check-findings"]');
      if (!whatToFix) {
        whatToFix = document.createElement("a");
        whatToFix.href = "#check-findings";
        whatToFix.textContent = "What to fix";
        summary.parentNode.appendChild(whatToFix);
      }
    }
    whatToFix.hidden = count === 0;
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

  // Copying puts only what the mail app needs in each place: the text in the body, the
  // subject in the subject line.
  function copier(button, field, label) {
    if (!button || !field || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  }
  copier(copyBody, body, "Copy the message");
  copier(copySubject, document.getElementById("subject"), "Copy the subject");
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

// A new interview's time zone and start from the browser: the zone the phone or computer is
// set to, and a start an hour ago (just out of the room). Only a form the server filled with
// its own guesses (data-guessed) is changed, and only fields the user has not touched; without
// JavaScript the server's guesses stay (the zone of the user's last interview, or the server's).
(function () {
  "use strict";
  var form = document.querySelector("form[data-guessed]");
  if (!form || !window.Intl) return;
  var zone = form.querySelector("input[name=zone]");
  var date = form.querySelector("input[name=date]");
  var time = form.querySelector("input[name=time]");
  var minutes = form.querySelector("input[name=minutes]");
  var browserZone = "";
  try { browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return; }
  var known = zone && zone.list ? Array.prototype.some.call(zone.list.options, function (o) { return o.value === browserZone; }) : false;
  if (zone && known && zone.value !== browserZone) {
    zone.value = browserZone;
    var note = document.getElementById("zone-note");
    if (note) note.textContent = "(set from this device: " + browserZone + ")";
  }
  // The start is reckoned on this device's clock, so it is only guessed in this device's zone.
  if (zone && zone.value === browserZone && date && time && form.getAttribute("data-guessed") === "start") {
    var length = minutes ? parseInt(minutes.value, 10) || 60 : 60;
    var start = new Date(Date.now() - length * 60000);
    start.setMinutes(start.getMinutes() - start.getMinutes() % 5, 0, 0);
    function two(n) { return (n < 10 ? "0" : "") + n; }
    date.value = start.getFullYear() + "-" + two(start.getMonth() + 1) + "-" + two(start.getDate());
    time.value = two(start.getHours()) + ":" + two(start.getMinutes());
  }
  var when = document.getElementById("when-summary");
  if (when && zone && date && time) when.textContent = "When and where: started " + time.value + " on " + date.value + ", " + zone.value;
})();

// Copy buttons beside a field (data-copy names the field): shown only where the browser can copy.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) return;
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });
})();
