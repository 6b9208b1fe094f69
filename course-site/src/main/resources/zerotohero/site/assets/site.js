// The course site's behaviour: theme switch, maths (KaTeX), code colours (highlight.js), contents, search.
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";
  var html = document.documentElement;

  // Theme: the reader's choice wins over the system's, and is remembered.
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  function currentTheme() { return html.dataset.theme || (dark.matches ? "dark" : "light"); }
  var toggle = document.getElementById("theme");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      html.dataset.theme = next;
      try { localStorage.setItem("theme", next); } catch (e) { /* private mode: not remembered */ }
    });
  }

  // Contents: open beside the text on a wide screen, folded above it on a phone.
  var toc = document.getElementById("toc");
  if (toc && window.matchMedia("(min-width: 64rem)").matches) { toc.open = true; }

  // Contents: the section being read is marked, so a reader always knows where they are.
  if (toc && "IntersectionObserver" in window) {
    var links = {};
    toc.querySelectorAll("a[href^='#']").forEach(function (a) { links[decodeURIComponent(a.hash.slice(1))] = a; });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting && links[entry.target.id]) {
          toc.querySelectorAll("a.current").forEach(function (a) { a.classList.remove("current"); });
          links[entry.target.id].classList.add("current");
        }
      });
    }, { rootMargin: "0px 0px -70% 0px" });
    Object.keys(links).forEach(function (id) {
      var target = document.getElementById(id);
      if (target) { observer.observe(target); }
    });
  }

  // Maths: every span the generator marked, rendered by KaTeX; a TeX error is reported, not hidden.
  document.querySelectorAll(".math").forEach(function (el) {
    var tex = el.textContent;
    try {
      katex.render(tex, el, { displayMode: el.classList.contains("display"), throwOnError: true });
    } catch (e) {
      el.classList.add("math-error");
      console.error("KaTeX could not render: " + tex + " (" + e.message + ")");
    }
  });

  // Code: coloured when its language is known; diagrams and plain text stay as they are.
  document.querySelectorAll("pre code").forEach(function (el) {
    var match = /(?:^|\s)language-([\w-]+)/.exec(el.className);
    if (match && match[1] !== "plaintext" && hljs.getLanguage(match[1])) {
      hljs.highlightElement(el);
    }
  });

  // Search: the index is loaded on first use, then every section that contains all the words is a hit.
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var index = null;
  function load(then) {
    if (index) { then(); return; }
    if (window.SEARCH_INDEX) { index = window.SEARCH_INDEX; then(); return; }
    var script = document.createElement("script");
    script.src = root + "assets/search-index.js";
    script.onload = function () { index = window.SEARCH_INDEX || []; then(); };
    document.head.appendChild(script);
  }
  function snippet(text, word) {
    var at = text.toLowerCase().indexOf(word);
    var start = Math.max(0, at - 60);
    return (start > 0 ? "… " : "") + text.slice(start, at + 100) + (at + 100 < text.length ? " …" : "");
  }
  function marked(text, words) {
    var span = document.createElement("span");
    span.className = "snippet";
    var lower = text.toLowerCase(), i = 0;
    while (i < text.length) {
      var best = -1, len = 0;
      words.forEach(function (w) {
        var at = lower.indexOf(w, i);
        if (at >= 0 && (best < 0 || at < best)) { best = at; len = w.length; }
      });
      if (best < 0) { span.appendChild(document.createTextNode(text.slice(i))); break; }
      span.appendChild(document.createTextNode(text.slice(i, best)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(best, best + len);
      span.appendChild(mark);
      i = best + len;
    }
    return span;
  }
  function search() {
    var words = input.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 1; });
    list.innerHTML = "";
    if (!words.length) { list.hidden = true; return; }
    var hits = [];
    index.forEach(function (entry) {
      var title = entry.title.toLowerCase(), text = entry.text.toLowerCase(), score = 0;
      for (var k = 0; k < words.length; k++) {
        var inTitle = title.indexOf(words[k]) >= 0, inText = text.indexOf(words[k]) >= 0;
        if (!inTitle && !inText) { return; }
        score += (inTitle ? 10 : 0) + (inText ? 1 : 0);
      }
      hits.push({ entry: entry, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    hits.slice(0, 12).forEach(function (hit) {
      var li = document.createElement("li"), a = document.createElement("a"), t = document.createElement("span");
      a.href = root + hit.entry.url;
      t.className = "title";
      t.textContent = hit.entry.title;
      a.appendChild(t);
      a.appendChild(marked(snippet(hit.entry.text, words[0]), words));
      li.appendChild(a);
      list.appendChild(li);
    });
    if (!hits.length) {
      var none = document.createElement("li");
      none.className = "none";
      none.textContent = "Nothing found for \u201c" + input.value + "\u201d.";
      list.appendChild(none);
    }
    list.hidden = false;
  }
  if (input && list) {
    input.addEventListener("input", function () { load(search); });
    input.addEventListener("focus", function () { load(function () {}); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { list.hidden = true; input.blur(); }
      if (e.key === "ArrowDown") {
        var firstHit = list.querySelector("a");
        if (firstHit) { e.preventDefault(); firstHit.focus(); }
      }
      if (e.key === "Enter") {
        var first = list.querySelector("a");
        if (first) { window.location.href = first.href; }
      }
    });
    // Arrow keys move through the hits; Escape goes back to the box.
    list.addEventListener("keydown", function (e) {
      var hits = Array.prototype.slice.call(list.querySelectorAll("a"));
      var at = hits.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && at + 1 < hits.length) { e.preventDefault(); hits[at + 1].focus(); }
      if (e.key === "ArrowUp") { e.preventDefault(); (at > 0 ? hits[at - 1] : input).focus(); }
      if (e.key === "Escape") { list.hidden = true; input.focus(); }
    });
    document.addEventListener("click", function (e) {
      if (!list.contains(e.target) && e.target !== input) { list.hidden = true; }
    });
  }

  html.dataset.ready = "true";
})();
