// Renders Portico's live OpenAPI document (/openapi) and sends real requests from the browser:
// the console's API playground (one operation at a time) and the public API reference (every
// operation, each with its own "Try it" form). Elements are built with textContent only, so
// nothing from the document or a response is ever parsed as HTML.
(function () {
  "use strict";

  var METHODS = ["get", "post", "put", "patch", "delete"];

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "text") {
        node.textContent = attributes.text;
      } else {
        node.setAttribute(name, attributes[name]);
      }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function operationsOf(doc) {
    var operations = [];
    Object.keys(doc.paths || {}).forEach(function (path) {
      var item = doc.paths[path];
      METHODS.forEach(function (method) {
        if (item[method]) {
          var op = item[method];
          operations.push({
            id: op.operationId || method + " " + path,
            method: method.toUpperCase(),
            path: path,
            summary: op.summary || "",
            description: op.description || "",
            tag: (op.tags && op.tags[0]) || "Other",
            parameters: (item.parameters || []).concat(op.parameters || []),
            body: op.requestBody,
            responses: op.responses || {},
            deprecated: !!op.deprecated
          });
        }
      });
    });
    return operations;
  }

  function bodyExample(op) {
    if (!op.body || !op.body.content || !op.body.content["application/json"]) {
      return null;
    }
    var media = op.body.content["application/json"];
    if (media.example !== undefined) {
      return JSON.stringify(media.example, null, 2);
    }
    var examples = media.examples || {};
    var first = Object.keys(examples)[0];
    return first ? JSON.stringify(examples[first].value, null, 2) : "{}";
  }

  // The form that fills an operation's parameters and body and sends it with the given key.
  function tryItForm(op, prefix, keyInput) {
    var form = el("form", { "class": "try-it", "data-operation": op.id, novalidate: "novalidate" });
    var inputs = [];
    op.parameters.filter(function (p) { return p.in === "path" || p.in === "query"; })
      .forEach(function (p) {
        var id = prefix + "-" + p.in + "-" + p.name;
        var input = el("input", { id: id, name: p.name, type: "text", autocomplete: "off" });
        if (p.required) { input.setAttribute("required", "required"); }
        if (p.example !== undefined) { input.setAttribute("placeholder", String(p.example)); }
        inputs.push({ parameter: p, input: input });
        form.appendChild(el("div", { "class": "field" }, [
          el("label", { "for": id, text: p.name + (p.in === "path" ? " (path)" : " (query)") +
            (p.required ? ", required" : "") }),
          input,
          p.description ? el("p", { "class": "hint", text: p.description }) : null
        ]));
      });
    var bodyInput = null;
    var example = bodyExample(op);
    if (example !== null) {
      var bodyId = prefix + "-body";
      bodyInput = el("textarea", { id: bodyId, rows: "8", spellcheck: "false", "class": "code-input" });
      bodyInput.value = example;
      form.appendChild(el("div", { "class": "field" }, [
        el("label", { "for": bodyId, text: "JSON body" }), bodyInput
      ]));
    }
    var send = el("button", { type: "submit", "class": "primary", text: "Send " + op.method });
    form.appendChild(el("p", { "class": "actions" }, [send]));
    var result = el("div", { "class": "result", "aria-live": "polite" });
    form.appendChild(result);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      sendRequest(op, inputs, bodyInput, keyInput(), result);
    });
    return form;
  }

  function sendRequest(op, inputs, bodyInput, key, result) {
    var path = op.path;
    var query = [];
    var missing = [];
    inputs.forEach(function (entry) {
      var value = entry.input.value.trim();
      if (!value) {
        if (entry.parameter.required) { missing.push(entry.parameter.name); }
        return;
      }
      if (entry.parameter.in === "path") {
        path = path.replace("{" + entry.parameter.name + "}", encodeURIComponent(value));
      } else {
        query.push(encodeURIComponent(entry.parameter.name) + "=" + encodeURIComponent(value));
      }
    });
    result.textContent = "";
    if (missing.length) {
      result.appendChild(el("p", { "class": "field-error", role: "alert",
        text: "Fill in " + missing.join(", ") + "." }));
      return;
    }
    var headers = { "Accept": "application/json" };
    if (key) { headers["Authorization"] = "Bearer " + key; }
    var init = { method: op.method, headers: headers, credentials: "omit" };
    if (bodyInput) {
      headers["Content-Type"] = "application/json";
      init.body = bodyInput.value;
    }
    var url = path + (query.length ? "?" + query.join("&") : "");
    result.appendChild(el("p", { "class": "muted", text: op.method + " " + url + " …" }));
    var started = performance.now();
    fetch(url, init).then(function (response) {
      return response.text().then(function (text) {
        showResponse(result, op.method + " " + url, response, text, performance.now() - started);
      });
    }, function (error) {
      result.textContent = "";
      result.appendChild(el("p", { "class": "field-error", role: "alert",
        text: "The request failed before an answer: " + error.message }));
    });
  }

  function showResponse(result, requestLine, response, text, millis) {
    result.textContent = "";
    var ok = response.status < 400;
    result.appendChild(el("p", { "class": "response-status " + (ok ? "ok" : "error"),
      "data-status": String(response.status),
      text: response.status + " " + response.statusText + " · " + Math.round(millis) + " ms · " +
        requestLine }));
    var headerLines = [];
    response.headers.forEach(function (value, name) { headerLines.push(name + ": " + value); });
    headerLines.sort();
    result.appendChild(el("details", {}, [
      el("summary", { text: "Response headers (" + headerLines.length + ")" }),
      el("pre", { tabindex: "0" }, [el("code", { "class": "response-headers", text: headerLines.join("\n") })])
    ]));
    var body = text;
    try { body = JSON.stringify(JSON.parse(text), null, 2); } catch (notJson) { /* shown as is */ }
    result.appendChild(el("pre", { tabindex: "0" }, [el("code", { "class": "response-body", text: body })]));
  }

  function responsesList(op) {
    var list = el("ul", { "class": "responses" });
    Object.keys(op.responses).forEach(function (status) {
      list.appendChild(el("li", {}, [
        el("code", { text: status }),
        document.createTextNode(" " + (op.responses[status].description || ""))
      ]));
    });
    return list;
  }

  function keyInputValue(input) {
    return function () { return input ? input.value.trim() : ""; };
  }

  function playground(root, doc) {
    var operations = operationsOf(doc);
    var select = document.getElementById("operation");
    var keyInput = document.getElementById("api-key");
    var panel = el("div", { id: "operation-panel" });
    root.appendChild(panel);
    var groups = {};
    operations.forEach(function (op) {
      if (!groups[op.tag]) {
        groups[op.tag] = el("optgroup", { label: op.tag });
        select.appendChild(groups[op.tag]);
      }
      groups[op.tag].appendChild(el("option", { value: op.id,
        text: op.method + " " + op.path + (op.summary ? " — " + op.summary : "") }));
    });
    function show() {
      var op = operations.filter(function (o) { return o.id === select.value; })[0];
      panel.textContent = "";
      if (!op) { return; }
      panel.appendChild(el("h2", { text: op.method + " " + op.path }));
      if (op.description || op.summary) {
        panel.appendChild(el("p", { text: op.description || op.summary }));
      }
      panel.appendChild(tryItForm(op, "pg", keyInputValue(keyInput)));
      panel.appendChild(el("h3", { text: "Possible responses" }));
      panel.appendChild(responsesList(op));
    }
    var wanted = window.location.hash.replace("#", "");
    if (wanted && operations.some(function (o) { return o.id === wanted; })) {
      select.value = wanted;
    }
    select.addEventListener("change", function () {
      history.replaceState(null, "", "#" + select.value);
      show();
    });
    show();
  }

  function reference(root, doc) {
    var operations = operationsOf(doc);
    var keyInput = document.getElementById("api-key");
    var tags = [];
    operations.forEach(function (op) { if (tags.indexOf(op.tag) < 0) { tags.push(op.tag); } });
    var contents = el("ul", { "class": "reference-toc" });
    root.appendChild(el("nav", { "aria-label": "Operations" }, [contents]));
    tags.forEach(function (tag) {
      var section = el("section", { "aria-label": tag });
      section.appendChild(el("h2", { text: tag }));
      operations.filter(function (op) { return op.tag === tag; }).forEach(function (op) {
        contents.appendChild(el("li", {}, [el("a", { href: "#" + op.id,
          text: op.method + " " + op.path })]));
        var article = el("article", { id: op.id, "class": "operation" });
        article.appendChild(el("h3", {}, [
          el("span", { "class": "method method-" + op.method.toLowerCase(), text: op.method }),
          document.createTextNode(" "),
          el("code", { text: op.path }),
          op.deprecated ? el("span", { "class": "deprecated", text: " deprecated" }) : null
        ]));
        if (op.summary) { article.appendChild(el("p", { "class": "summary", text: op.summary })); }
        if (op.description && op.description !== op.summary) {
          article.appendChild(el("p", { text: op.description }));
        }
        var example = bodyExample(op);
        if (example !== null) {
          article.appendChild(el("p", { text: "Example body:" }));
          article.appendChild(el("pre", { tabindex: "0" }, [el("code", { text: example })]));
        }
        article.appendChild(el("p", { text: "Responses:" }));
        article.appendChild(responsesList(op));
        article.appendChild(el("details", {}, [
          el("summary", { text: "Try it" }),
          tryItForm(op, op.id, keyInputValue(keyInput))
        ]));
        section.appendChild(article);
      });
      root.appendChild(section);
    });
    if (window.location.hash) {
      var target = document.getElementById(window.location.hash.substring(1));
      if (target) { target.scrollIntoView(); }
    }
  }

  var root = document.querySelector("[data-explorer]");
  if (!root) { return; }
  var status = document.getElementById("explorer-status");
  fetch("/openapi?format=json", { headers: { "Accept": "application/json" } })
    .then(function (response) { return response.json(); })
    .then(function (doc) {
      if (status) { status.textContent = ""; }
      if (root.getAttribute("data-explorer") === "playground") {
        playground(root, doc);
      } else {
        reference(root, doc);
      }
    }, function () {
      if (status) { status.textContent = "The OpenAPI document could not be loaded."; }
    });
})();
