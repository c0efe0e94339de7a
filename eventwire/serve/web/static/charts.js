// Time charts drawn with d3 as SVG: stacked bars of counts per period, a mirrored
// cooperation/conflict chart with a Goldstein line, and multi-line series; plus a legend.
// Labels go in with .text(), so names from the data stay text.
import { el } from "./dom.js";

const SIZE = { width: 640, height: 250, margin: { top: 12, right: 46, bottom: 46, left: 46 } };

const MAX_FILLED = 150; // periods on an axis at most when the empty ones are drawn too

/**
 * The periods of some rows, in time order, with the empty periods between them filled in (so
 * a quiet month shows as a gap) unless that would make the axis too crowded.
 */
export function periodsOf(...rowLists) {
  const found = [...new Set(rowLists.flat().map((row) => row.period))].sort();
  const filled = fillGaps(found);
  return filled.length <= MAX_FILLED ? filled : found;
}

/** Every month ("2025-11") or day/week ("2025-11-03") from the first period to the last. */
function fillGaps(periods) {
  if (periods.length < 2) return periods;
  if (periods.every((period) => /^\d{4}-\d{2}$/.test(period))) {
    const months = d3.utcMonth.range(new Date(`${periods[0]}-01`), d3.utcMonth.offset(new Date(`${periods.at(-1)}-01`), 1));
    return months.length <= MAX_FILLED ? months.map((month) => month.toISOString().slice(0, 7)) : periods;
  }
  if (periods.every((period) => /^\d{4}-\d{2}-\d{2}$/.test(period))) {
    const days = periods.map((period) => new Date(period));
    const step = d3.min(d3.pairs(days), ([a, b]) => (b - a) / 86400000) >= 7 ? 7 : 1;
    const span = (days.at(-1) - days[0]) / 86400000 / step;
    if (span >= MAX_FILLED) return periods;
    return d3.utcDay.range(days[0], d3.utcDay.offset(days.at(-1), 1), step).map((day) => day.toISOString().slice(0, 10));
  }
  return periods;
}

/**
 * Stacked bars: `rows` of {period, [keyField], events}; one stack a period, one layer a key.
 * `onKey(key)` is called when a layer is clicked.
 */
export function stackedBars(rows, keyField, keys, colour, { label = (key) => key, onKey = null } = {}) {
  const periods = periodsOf(rows);
  const table = periods.map((period) => ({ period, ...Object.fromEntries(keys.map((key) => [key, 0])) }));
  const byPeriod = new Map(table.map((row) => [row.period, row]));
  for (const row of rows) if (byPeriod.has(row.period)) byPeriod.get(row.period)[row[keyField]] = row.events;
  const layers = d3.stack().keys(keys)(table);
  const { svg, x, plot } = frame(periods);
  const top = d3.max(layers.at(-1) || [], (point) => point[1]) || 1;
  const y = d3.scaleLinear().domain([0, top]).nice().range([plot.bottom, plot.top]);
  leftAxis(svg, y, "events", d3.format("d"), y.ticks(5).filter(Number.isInteger));
  svg.append("g").selectAll("g").data(layers).join("g")
    .attr("fill", (layer) => colour(layer.key))
    .attr("class", onKey ? "clickable" : null)
    .on("click", (event, layer) => onKey && onKey(layer.key))
    .selectAll("rect").data((layer) => layer.map((point) => ({ point, key: layer.key }))).join("rect")
    .attr("x", ({ point }) => x(point.data.period))
    .attr("width", x.bandwidth())
    .attr("y", ({ point }) => y(point[1]))
    .attr("height", ({ point }) => Math.max(0, y(point[0]) - y(point[1])))
    .append("title").text(({ point, key }) => `${point.data.period} · ${label(key)}: ${point[1] - point[0]} events`);
  return wrap(svg);
}

/** Cooperation above the axis, conflict below, and the mean Goldstein score as a line (right axis). */
export function coopConflict(rows) {
  const periods = periodsOf(rows);
  const { svg, x, plot } = frame(periods);
  const most = d3.max(rows, (row) => Math.max(row.cooperation, row.conflict)) || 1;
  const y = d3.scaleLinear().domain([-most, most]).nice().range([plot.bottom, plot.top]);
  leftAxis(svg, y, "events (conflict below)", (value) => Math.abs(value));
  const bars = svg.append("g");
  bars.selectAll(".coop").data(rows).join("rect").attr("class", "coop").attr("fill", "#1b7837")
    .attr("x", (row) => x(row.period)).attr("width", x.bandwidth())
    .attr("y", (row) => y(row.cooperation)).attr("height", (row) => y(0) - y(row.cooperation))
    .append("title").text((row) => `${row.period} · cooperation: ${row.cooperation} events`);
  bars.selectAll(".conflict").data(rows).join("rect").attr("class", "conflict").attr("fill", "#c51b7d")
    .attr("x", (row) => x(row.period)).attr("width", x.bandwidth())
    .attr("y", y(0)).attr("height", (row) => y(-row.conflict) - y(0))
    .append("title").text((row) => `${row.period} · conflict: ${row.conflict} events`);
  const g = d3.scaleLinear().domain([-10, 10]).range([plot.bottom, plot.top]);
  svg.append("g").attr("transform", `translate(${plot.right},0)`).call(d3.axisRight(g).ticks(5))
    .append("text").attr("class", "axis-label").attr("transform", `translate(36,${plot.top}) rotate(90)`).text("mean Goldstein");
  const scores = new Map(rows.map((row) => [row.period, row.goldstein]));
  const timeline = periods.map((period) => ({ period, goldstein: scores.get(period) ?? null }));
  svg.append("path").datum(timeline).attr("class", "goldstein-line")
    .attr("d", d3.line().defined((row) => row.goldstein !== null)
      .x((row) => x(row.period) + x.bandwidth() / 2).y((row) => g(row.goldstein)));
  svg.append("line").attr("class", "zero").attr("x1", plot.left).attr("x2", plot.right).attr("y1", y(0)).attr("y2", y(0));
  return wrap(svg);
}

/**
 * Lines over periods: `series` of {name, colour, points: [{period, value}], dashed?}; `domain`
 * fixes the y range (else 0..max), `yLabel` names it.
 */
export function lines(series, { domain = null, yLabel = "" } = {}) {
  const periods = periodsOf(...series.map((one) => one.points));
  const { svg, x, plot } = frame(periods);
  const values = series.flatMap((one) => one.points.map((point) => point.value));
  const y = d3.scaleLinear().domain(domain || [0, d3.max(values) || 1]).nice().range([plot.bottom, plot.top]);
  leftAxis(svg, y, yLabel);
  const middle = (point) => x(point.period) + x.bandwidth() / 2;
  const known = (point) => point.value !== null && point.value !== undefined;
  for (const one of series) {
    const points = one.points.filter(known);
    const values = new Map(points.map((point) => [point.period, point.value]));
    const timeline = periods.map((period) => ({ period, value: values.has(period) ? values.get(period) : null }));
    // The line breaks where a period has no value: a gap is not a trend.
    svg.append("path").datum(timeline).attr("class", "series-line").attr("stroke", one.colour)
      .attr("stroke-dasharray", one.dashed ? "5 3" : null)
      .attr("d", d3.line().defined(known).x(middle).y((point) => y(point.value)));
    svg.append("g").selectAll("circle").data(points).join("circle")
      .attr("cx", middle).attr("cy", (point) => y(point.value)).attr("r", 3.5).attr("fill", one.colour)
      .append("title").text((point) => `${one.name} · ${point.period}: ${point.value}`);
  }
  if (domain && domain[0] < 0) {
    svg.append("line").attr("class", "zero").attr("x1", plot.left).attr("x2", plot.right).attr("y1", y(0)).attr("y2", y(0));
  }
  return wrap(svg);
}

/** Bars side by side each period: `series` of {name, colour, points: [{period, value}]}. */
export function groupedBars(series, { yLabel = "" } = {}) {
  const periods = periodsOf(...series.map((one) => one.points));
  const { svg, x, plot } = frame(periods);
  const inner = d3.scaleBand().domain(series.map((one) => one.name)).range([0, x.bandwidth()]).padding(0.08);
  const top = d3.max(series.flatMap((one) => one.points.map((point) => point.value))) || 1;
  const y = d3.scaleLinear().domain([0, top]).nice().range([plot.bottom, plot.top]);
  leftAxis(svg, y, yLabel, d3.format("d"), y.ticks(Math.min(5, top)).filter(Number.isInteger));
  for (const one of series) {
    svg.append("g").attr("fill", one.colour).selectAll("rect").data(one.points).join("rect")
      .attr("x", (point) => x(point.period) + inner(one.name)).attr("width", inner.bandwidth())
      .attr("y", (point) => y(point.value)).attr("height", (point) => plot.bottom - y(point.value))
      .append("title").text((point) => `${one.name} · ${point.period}: ${point.value}`);
  }
  return wrap(svg);
}

/** A legend: items of {label, colour, onClick?}. */
export function legend(items) {
  return el("ul", { class: "legend" }, items.map((item) =>
    el("li", { class: item.onClick ? "clickable" : null, onclick: item.onClick || null, title: item.onClick ? "Filter by this" : null },
      el("span", { class: "swatch", style: `background:${item.colour}` }), item.label)));
}

/** A chart card: a heading, a short explanation, the chart and an optional legend. */
export function chartCard(title, explanation, chart, legendNode = null) {
  return el("section", { class: "card chart" }, el("h2", {}, title), el("p", { class: "hint" }, explanation), chart, legendNode);
}

function frame(periods) {
  const { width, height, margin } = SIZE;
  const plot = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("class", "time-chart").attr("role", "img");
  const x = d3.scaleBand().domain(periods).range([plot.left, plot.right]).padding(0.15);
  const every = Math.max(1, Math.ceil(periods.length / 14)); // at most ~14 labels, so they never overlap
  svg.append("g").attr("transform", `translate(0,${plot.bottom})`)
    .call(d3.axisBottom(x).tickValues(periods.filter((_, index) => index % every === 0)))
    .selectAll("text").attr("transform", "rotate(-30)").style("text-anchor", "end");
  return { svg, x, plot };
}

function leftAxis(svg, y, label, format = null, tickValues = null) {
  const axis = d3.axisLeft(y).ticks(5);
  if (format) axis.tickFormat(format);
  if (tickValues) axis.tickValues(tickValues);
  svg.append("g").attr("transform", `translate(${SIZE.margin.left},0)`).call(axis)
    .append("text").attr("class", "axis-label").attr("transform", `translate(-36,${SIZE.margin.top}) rotate(-90)`)
    .style("text-anchor", "end").text(label);
}

function wrap(svg) {
  return el("div", { class: "chart-box" }, svg.node());
}
