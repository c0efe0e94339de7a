// Building DOM nodes safely: text always goes in as text nodes, never as markup.
// No module of the dashboard sets innerHTML; stored data (titles, article text, names) may be
// hostile, and this is the one place nodes are made.

/**
 * Make an element. `props` keys: "class", "text", "dataset", "on<event>" (a listener), or any
 * attribute name (set with setAttribute; null/undefined/false skip it). Children are nodes,
 * strings (made text nodes), numbers, or null (skipped); arrays are flattened.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key === "value") node.value = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Append children (nodes, strings, numbers, arrays; null skipped) as nodes or text. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replace everything inside `parent` with `children`. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** A hash link: `link("#/article/a1", "title")`; hrefs are built by the app, never taken from data. */
export function link(href, ...children) {
  return el("a", { href }, ...children);
}

/** An outside link from data (an article's URL): only http(s), opened without a referrer. */
export function outsideLink(url, label) {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank", class: "outside" }, label || url);
}

/** A short message box: kind is "empty", "error" or "loading". */
export function notice(kind, ...children) {
  return el("div", { class: `notice ${kind}`, role: kind === "error" ? "alert" : "status" }, ...children);
}

/** A small labelled number, for summary cards. */
export function figure(label, value) {
  return el("div", { class: "figure" }, el("span", { class: "value", text: value }), el("span", { class: "label", text: label }));
}
