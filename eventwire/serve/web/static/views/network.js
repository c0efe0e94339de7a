// The actor network: nodes are countries (or CAMEO actors), edges the events between them,
// coloured by their most frequent quad class and as wide as their number of events. Laid out by
// a d3 force simulation run to rest before drawing, so the picture is the same on every load.
import { getJSON } from "../api.js";
import { legend } from "../charts.js";
import { el, notice, replace } from "../dom.js";
import { go, hrefFor, setParams } from "../route.js";
import { QUADS, quadColour, quadName } from "../vocab.js";

const WIDTH = 960;
const HEIGHT = 620;

/** Draw the network into `page` for the route's filters. */
export async function renderNetwork(page, { params, filters }) {
  const by = params.get("by") === "actor" ? "actor" : "country";
  replace(page, notice("loading", "Loading the network…"));
  const { nodes, edges } = await getJSON("/api/network", { ...filters, by, limit: 100 });
  const head = el("div", { class: "view-head" }, el("h1", {}, "Actor network"),
    el("div", { class: "segmented" },
      ["country", "actor"].map((choice) => el("button", { type: "button", class: choice === by ? "active" : null, onclick: () => setParams({ by: choice }) },
        choice === "country" ? "countries" : "actors (CAMEO codes)"))));
  if (!nodes.length) {
    replace(page, head, notice("empty", "No events between actors match these filters."));
    return;
  }
  replace(page, head,
    el("p", { class: "hint" }, "Circle size: events an actor took part in. Line: events between two actors, coloured by their most frequent quad class. Click a circle for its events, a line for the two actors' dyad view."),
    el("div", { class: "card network" }, draw(nodes, edges)),
    legend(Object.keys(QUADS).map((quad) => ({ label: quadName(quad), colour: quadColour(quad) }))));
}

function draw(nodes, edges) {
  const ids = new Set(nodes.map((node) => node.id));
  const links = edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)).map((edge) => ({ ...edge }));
  const placed = nodes.map((node) => ({ ...node }));
  const radius = d3.scaleSqrt().domain([0, d3.max(placed, (node) => node.events) || 1]).range([4, 28]);
  const width = d3.scaleSqrt().domain([0, d3.max(links, (edge) => edge.events) || 1]).range([1, 9]);
  d3.forceSimulation(placed)
    .force("link", d3.forceLink(links).id((node) => node.id).distance(110))
    .force("charge", d3.forceManyBody().strength(-260))
    .force("collide", d3.forceCollide((node) => radius(node.events) + 4))
    .force("x", d3.forceX(WIDTH / 2).strength(0.06))
    .force("y", d3.forceY(HEIGHT / 2).strength(0.08))
    .stop()
    .tick(300);
  fit(placed);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`).attr("class", "network-chart").attr("role", "img");
  svg.append("g").selectAll("line").data(links).join("line")
    .attr("class", "edge clickable").attr("stroke", (edge) => quadColour(edge.quad)).attr("stroke-width", (edge) => width(edge.events))
    .attr("x1", (edge) => edge.source.x).attr("y1", (edge) => edge.source.y).attr("x2", (edge) => edge.target.x).attr("y2", (edge) => edge.target.y)
    .on("click", (event, edge) => go(hrefFor("dyad", null, { actor: edge.source.id, recipient: edge.target.id })))
    .append("title").text((edge) => `${edge.source.label} → ${edge.target.label}: ${edge.events} events, mean Goldstein ${Number(edge.goldstein).toFixed(1)}, mostly ${quadName(edge.quad)}`);
  const node = svg.append("g").selectAll("g").data(placed).join("g")
    .attr("class", "node clickable").attr("transform", (d) => `translate(${d.x},${d.y})`)
    .on("click", (event, d) => go(hrefFor("events", null, { actor: d.id })));
  node.append("circle").attr("r", (d) => radius(d.events));
  node.append("text").attr("dy", (d) => -radius(d.events) - 3).text((d) => d.label || d.id);
  node.append("title").text((d) => `${d.label || d.id} (${d.id}): ${d.events} events`);
  return svg.node();
}

/** Keep every node inside the picture (a loose component can drift off). */
function fit(nodes) {
  const [minX, maxX] = d3.extent(nodes, (node) => node.x);
  const [minY, maxY] = d3.extent(nodes, (node) => node.y);
  const scale = Math.min(1, (WIDTH - 80) / Math.max(1, maxX - minX), (HEIGHT - 80) / Math.max(1, maxY - minY));
  for (const node of nodes) {
    node.x = WIDTH / 2 + (node.x - (minX + maxX) / 2) * scale;
    node.y = HEIGHT / 2 + (node.y - (minY + maxY) / 2) * scale;
  }
}
