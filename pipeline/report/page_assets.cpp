#include "report/page_assets.h"

namespace medloc {

std::string_view page_stylesheet() {
    return R"css(
:root { --text: #1f2328; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --panel: #f6f8fa;
  --error: #b42318; --warning: #8a4b00; --info: #0b5cad; --mark: #fff1a8;
  --approved: #1a7f37; --reviewed: #0969da; --translated: #8250df; --stale: #bc4c00;
  --missing: #6e7781; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; color: var(--text); background: var(--bg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
header, main { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
.muted, .meta { color: var(--muted); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 2; }
a { color: var(--info); }
:focus-visible { outline: 3px solid var(--info); outline-offset: 2px; }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0; }
.card { flex: 1 1 9rem; border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; background: var(--panel); }
.card dt { color: var(--muted); font-size: .9rem; }
.card dd { margin: 0; font-size: 1.6rem; font-weight: 600; }
.card.error dd { color: var(--error); } .card.warning dd { color: var(--warning); } .card.info dd { color: var(--info); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: middle; }
th { font-weight: 600; background: var(--panel); }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
svg.bar { width: 100%; min-width: 6rem; height: 1rem; display: block; border: 1px solid var(--line); border-radius: 3px; }
.legend { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; margin: .5rem 0; }
.legend li::before { content: ""; display: inline-block; width: .9rem; height: .9rem; margin-right: .35rem; vertical-align: -2px; border-radius: 2px; background: var(--swatch); }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.badge.error { color: var(--error); } .badge.warning { color: var(--warning); } .badge.info { color: var(--info); }
.badge.yes { color: var(--approved); } .badge.no { color: var(--muted); }
form.filters { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: end; padding: .75rem 1rem; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); position: sticky; top: 0; z-index: 1; }
form.filters fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: .75rem; }
form.filters legend { font-weight: 600; padding: 0; margin-bottom: .25rem; }
form.filters label { display: flex; flex-direction: column; font-weight: 600; }
form.filters fieldset label { flex-direction: row; gap: .25rem; font-weight: 400; }
select { font: inherit; padding: .2rem; max-width: 22rem; }
#shown { margin: 0; color: var(--muted); }
article.report-article { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem .75rem; margin: 1rem 0; }
article.report-article h3 small { color: var(--muted); font-weight: 400; font-size: .9rem; }
ol.findings { list-style: none; padding: 0; margin: 0; }
li.finding { border-left: 4px solid var(--line); padding: .4rem .75rem; margin: .6rem 0; }
li.finding.error { border-color: var(--error); } li.finding.warning { border-color: var(--warning); } li.finding.info { border-color: var(--info); }
li.finding p { margin: .15rem 0; }
.where code { font-size: .85rem; }
blockquote.context { margin: .35rem 0; padding: .35rem .6rem; background: var(--panel); border-radius: 4px; }
mark { background: var(--mark); color: inherit; padding: 0 .1rem; border-bottom: 2px solid var(--warning); }
.space { color: var(--muted); font-weight: 400; }
.suggestion ins { text-decoration: none; font-weight: 600; color: var(--approved); }
section.approval-changes { border-left: 4px solid var(--error); padding: .25rem .75rem; margin: .5rem 0; background: var(--panel); }
section.approval-changes h4 { margin: .25rem 0; }
ol.changes { padding-left: 1.25rem; }
blockquote.diff { margin: .35rem 0; padding: .35rem .6rem; border-radius: 4px; background: var(--bg); }
blockquote.diff del { background: #fde2e1; color: inherit; }
blockquote.diff ins { background: #dcf5e3; color: inherit; text-decoration: underline; }
@media print {
  body { font-size: 11pt; color: #000; }
  form.filters, .skip { display: none !important; }
  header, main { max-width: none; padding: 0; }
  article.report-article, li.finding, tr { break-inside: avoid; }
  a { color: #000; text-decoration: none; }
  h2 { break-after: avoid; }
}
)css";
}

std::string_view page_script() {
    return R"js(
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var rule = document.getElementById("rule-filter");
  var locale = document.getElementById("locale-filter");
  var shown = document.getElementById("shown");
  var target = null;
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var articles = Array.prototype.slice.call(document.querySelectorAll("article.report-article"));
  function checked() {
    var values = [];
    form.querySelectorAll("input[name=severity]").forEach(function (box) {
      if (box.checked) values.push(box.value);
    });
    return values;
  }
  function apply(remember) {
    var severities = checked();
    var count = 0;
    findings.forEach(function (item) {
      var visible = severities.indexOf(item.dataset.severity) >= 0 &&
        (!rule.value || item.dataset.rule === rule.value) &&
        (!locale.value || item.dataset.locale === locale.value);
      item.hidden = !visible;
      if (visible) count++;
    });
    var narrowed = severities.length < 3 || rule.value || locale.value;
    articles.forEach(function (article) {
      article.hidden = narrowed && !article.querySelector("li.finding:not([hidden])");
    });
    shown.textContent = shown.dataset.template
      .replace("{n}", String(count)).replace("{m}", String(findings.length));
    shown.dataset.visible = String(count);
    if (remember && window.history && history.replaceState) {
      var state = "severity=" + severities.join(",");
      if (rule.value) state += "&rule=" + encodeURIComponent(rule.value);
      if (locale.value) state += "&locale=" + encodeURIComponent(locale.value);
      history.replaceState(null, "", "#" + state);
    }
  }
  // Filters can be given in the address: #severity=error,warning&rule=...&locale=...
  location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
    var parts = pair.split("=");
    var value = decodeURIComponent(parts[1] || "");
    if (parts[0] === "severity") {
      var wanted = value.split(",");
      form.querySelectorAll("input[name=severity]").forEach(function (box) {
        box.checked = wanted.indexOf(box.value) >= 0;
      });
    } else if (parts[0] === "rule") {
      rule.value = value;
    } else if (parts[0] === "locale") {
      locale.value = value;
    } else if (parts[0] === "article") {
      target = document.getElementById("a-" + value);
    }
  });
  form.hidden = false;
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply(false);
  if (target) target.scrollIntoView();
})();
)js";
}

} // namespace medloc
