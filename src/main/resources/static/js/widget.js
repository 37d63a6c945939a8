/*
 * Club des innovateurs — ecosystem widget. Paste on any site:
 *   <div data-club-ecosystem="cyou"></div>
 *   <script src="https://club.example.org/js/widget.js" async></script>
 * It fetches the ecosystem's groups from the platform's open API and lists them inside the
 * host page. Text is inserted as text, never as HTML.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var origin = script ? new URL(script.src, document.baseURI).origin : "";

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function link(href, text) {
    var a = element("a", null, text);
    // Only web addresses: a javascript: URL from the data would otherwise run in the host page.
    if (/^https?:\/\//i.test(href)) a.href = href;
    a.target = "_blank";
    a.rel = "noopener";
    return a;
  }

  function render(container, groups, french) {
    var list = element("ul", "club-ecosystem-groups");
    groups.forEach(function (group) {
      var item = element("li", "club-ecosystem-group");
      var title = element("strong");
      title.appendChild(link(group.url, group.name));
      item.appendChild(title);
      item.appendChild(element("p", null, group.tagline));
      var links = element("p", "club-ecosystem-links");
      if (group.homeUrl) links.appendChild(link(group.homeUrl, french ? "Site du groupe" : "Group site"));
      if (group.subscribeUrl) {
        if (links.childNodes.length) links.appendChild(document.createTextNode(" · "));
        links.appendChild(link(group.subscribeUrl, french ? "S’inscrire" : "Join"));
      }
      if (links.childNodes.length) item.appendChild(links);
      list.appendChild(item);
    });
    container.replaceChildren(list);
  }

  function load(container) {
    var keyword = container.getAttribute("data-club-ecosystem");
    var french = (container.getAttribute("data-lang") || document.documentElement.lang || "fr").indexOf("en") !== 0;
    fetch(origin + "/api/v1/ecosystems/" + encodeURIComponent(keyword) + "/groups", { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (groups) { render(container, groups, french); })
      .catch(function () {
        container.textContent = french ? "Les groupes n’ont pas pu être chargés." : "The groups could not be loaded.";
      });
  }

  document.querySelectorAll("[data-club-ecosystem]").forEach(load);
})();
