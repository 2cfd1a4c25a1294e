// SVG bar charts for the HTML reports: small, static, no script. Each chart
// carries a <title> and a <desc> (its figures in words) referenced by
// aria-labelledby, and BarChartTable gives the same numbers as an HTML table
// for screen readers and print.
//
//   report::BarChart chart;
//   chart.id = "weekly";
//   chart.title = "Posts per week";
//   chart.value_name = "posts";
//   chart.part_name = "overlapping";
//   chart.bars = {{"2026-01-05", 7, 2}, {"2026-01-12", 4, 0}};
//   std::string svg = report::BarChartSvg(chart);  // inline in an HTML page
//
// Bars are vertical, from 0 (a value below 0 is drawn as 0); the y axis goes
// from 0 to the last of AxisTicks(largest value). Labels and titles are
// escaped: any text may be passed.
#ifndef REDITE_REPORT_SVG_CHART_H_
#define REDITE_REPORT_SVG_CHART_H_

#include <string>
#include <utility>
#include <vector>

namespace redite::report {

// Maps [0, domain_max] linearly onto [0, range] (pixels), clamped to that
// interval; a domain_max <= 0 maps everything to 0.
struct LinearScale {
  double domain_max = 1;
  double range = 100;
  double operator()(double value) const;
};

// Axis ticks from 0 to the first tick at or above `max`, in steps of 1, 2 or
// 5 times a power of ten, chosen to give about `target` intervals:
// AxisTicks(42) is {0, 10, 20, 30, 40, 50}. {0, 1} when max <= 0.
std::vector<double> AxisTicks(double max, int target = 5);

// "12", "0.5", "2.5": a tick or bar value without trailing zeros.
std::string FormatNumber(double value);

struct Bar {
  Bar() = default;
  Bar(std::string label, double value, double part = 0)
      : label(std::move(label)), value(value), part(part) {}

  std::string label;  // under the bar
  double value = 0;   // the bar's height
  double part = 0;    // a part of the value drawn darker from the bottom (0: none)
  // data-figure names of the value's and the part's cells in BarChartTable
  // ("" for none), for programs that read the page.
  std::string value_figure;
  std::string part_figure;
};

struct BarChart {
  std::string id;           // unique in the page (prefix of the element ids)
  std::string title;        // <title>, the accessible name
  std::string description;  // <desc>; "" gives one listing every bar
  std::string value_name;   // what a value counts ("posts")
  std::string part_name;    // what a part counts ("overlapping"); "" when no part
  std::vector<Bar> bars;
  int width = 640;          // viewBox size; the SVG scales to its container
  int height = 220;
  int label_every = 1;      // labels under every n-th bar only (many weeks)
};

// The chart as an inline <svg> element; an empty series gives the axes and
// "no data".
std::string BarChartSvg(const BarChart& chart);

// The chart's numbers: a <table> with a row per bar (label, value, part);
// a cell with a figure name has data-figure="NAME" data-value="VALUE".
std::string BarChartTable(const BarChart& chart);

}  // namespace redite::report

#endif  // REDITE_REPORT_SVG_CHART_H_
