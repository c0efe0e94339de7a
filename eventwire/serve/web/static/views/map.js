// The map: the places events happened, as circles sized by their events and coloured by their
// most frequent quad class, over country outlines from world-atlas (served locally: no tiles).
import { getJSON } from "../api.js";
import { legend } from "../charts.js";
import { el, notice, replace } from "../dom.js";
import { go, hrefFor } from "../route.js";
import { QUADS, formatNumber, quadColour, quadName } from "../vocab.js";

const WIDTH = 960;
const HEIGHT = 500;
let countries = null; // the outlines, loaded once

/** Draw the map into `page` for the route's filters. */
export async function renderMap(page, { filters }) {
  replace(page, notice("loading", "Loading the map…"));
  const [{ places }, world] = await Promise.all([getJSON("/api/map", { ...filters, limit: 2000 }), outlines()]);
  const located = places.filter((place) => place.lat !== null && place.lon !== null);
  const head = el("div", { class: "view-head" }, el("h1", {}, "Where events happened"));
  if (!located.length) {
    replace(page, head, notice("empty", "No events with a known place match these filters."));
    return;
  }
  replace(page, head,
    el("p", { class: "hint" }, "Circle size: events at a place; colour: their most frequent quad class. Click a circle for the events in that country."),
    el("div", { class: "card map" }, draw(world, located)),
    legend(Object.keys(QUADS).map((quad) => ({ label: quadName(quad), colour: quadColour(quad) }))),
    placesTable(located));
}

async function outlines() {
  if (!countries) {
    const response = await fetch("/static/vendor/countries-110m.json");
    if (!response.ok) throw new Error("The country outlines (/static/vendor/countries-110m.json) are missing: run `make setup`.");
    const topology = await response.json();
    countries = topojson.feature(topology, topology.objects.countries);
  }
  return countries;
}

function draw(world, places) {
  const projection = d3.geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const radius = d3.scaleSqrt().domain([0, d3.max(places, (place) => place.events) || 1]).range([3, 22]);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`).attr("class", "map-chart").attr("role", "img");
  svg.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  svg.append("g").selectAll("path").data(world.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text((feature) => feature.properties?.name || "");
  svg.append("g").selectAll("circle").data([...places].sort((x, y) => y.events - x.events)).join("circle")
    .attr("class", "place clickable")
    .attr("transform", (place) => `translate(${projection([place.lon, place.lat])})`)
    .attr("r", (place) => radius(place.events)).attr("fill", (place) => quadColour(place.quad))
    .on("click", (event, place) => place.country && go(hrefFor("events", null, { location: place.country })))
    .append("title").text((place) => `${place.name}${place.country ? `, ${place.country}` : ""}: ${place.events} events, mostly ${quadName(place.quad)}`);
  return svg.node();
}

function placesTable(places) {
  const top = [...places].sort((x, y) => y.events - x.events).slice(0, 20);
  return el("section", { class: "card" }, el("h2", {}, "Places with the most events"),
    el("table", { class: "places-table" },
      el("thead", {}, el("tr", {}, ["Place", "Country", "Events", "Mostly"].map((name) => el("th", {}, name)))),
      el("tbody", {}, top.map((place) => el("tr", {},
        el("td", {}, place.name), el("td", {}, place.country || "—"),
        el("td", { class: "number" }, formatNumber(place.events)), el("td", {}, quadName(place.quad)))))));
}
