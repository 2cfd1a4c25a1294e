#include "redite/report/svg_chart.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "redite/report/html.h"

namespace redite::report {
namespace {

// Room around the plot for the tick labels (left) and the bar labels (bottom).
constexpr double kLeft = 44, kRight = 8, kTop = 10, kBottom = 34;

std::string Px(double v) { return fmt::format("{:.1f}", v); }

// A table cell, with its figure name when it has one.
std::string Cell(double value, const std::string& figure) {
  std::string v = FormatNumber(value);
  if (figure.empty()) return "<td>" + v + "</td>";
  return fmt::format("<td data-figure=\"{}\" data-value=\"{}\">{}</td>", EscapeHtml(figure), v, v);
}

std::string DefaultDescription(const BarChart& chart) {
  if (chart.bars.empty()) return "No data.";
  std::string out;
  for (const Bar& b : chart.bars) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{}: {} {}", b.label, FormatNumber(b.value), chart.value_name);
    if (!chart.part_name.empty()) out += fmt::format(", {} {}", FormatNumber(b.part), chart.part_name);
  }
  return out + ".";
}

}  // namespace

double LinearScale::operator()(double value) const {
  if (domain_max <= 0) return 0;
  return std::clamp(value, 0.0, domain_max) / domain_max * range;
}

std::vector<double> AxisTicks(double max, int target) {
  if (!(max > 0)) return {0, 1};
  if (target < 1) target = 1;
  double raw = max / target;
  double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * magnitude;
    if (step >= raw) break;
  }
  std::vector<double> ticks;
  for (int i = 0;; ++i) {
    // Multiplying (not adding) keeps 0.1 * 3 from drifting to 0.30000000000000004.
    double t = std::round(i * step / magnitude * 1e6) / 1e6 * magnitude;
    ticks.push_back(t);
    if (t >= max * (1 - 1e-12)) break;
  }
  return ticks;
}

std::string FormatNumber(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9) return fmt::format("{}", std::llround(value));
  std::string s = fmt::format("{:.6f}", value);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string BarChartSvg(const BarChart& chart) {
  const double plot_w = chart.width - kLeft - kRight;
  const double plot_h = chart.height - kTop - kBottom;
  double max = 0;
  for (const Bar& b : chart.bars) max = std::max(max, b.value);
  const std::vector<double> ticks = AxisTicks(max);
  const LinearScale y{ticks.back(), plot_h};
  const std::string title_id = chart.id + "-title", desc_id = chart.id + "-desc";
  const std::string desc = chart.description.empty() ? DefaultDescription(chart) : chart.description;

  std::string out = fmt::format(
      "<svg class=\"chart\" id=\"{}\" viewBox=\"0 0 {} {}\" "
      "role=\"img\" aria-labelledby=\"{} {}\" data-bars=\"{}\">\n<title id=\"{}\">{}</title>\n"
      "<desc id=\"{}\">{}</desc>\n",
      EscapeHtml(chart.id), chart.width, chart.height, EscapeHtml(title_id), EscapeHtml(desc_id),
      chart.bars.size(), EscapeHtml(title_id), EscapeHtml(chart.title), EscapeHtml(desc_id),
      EscapeHtml(desc));
  // Grid lines and tick labels.
  for (double t : ticks) {
    double py = kTop + plot_h - y(t);
    out += fmt::format(
        "<line class=\"grid\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\"/>"
        "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
        Px(kLeft), Px(kLeft + plot_w), Px(py), Px(py), Px(kLeft - 6), Px(py + 4), FormatNumber(t));
  }
  if (chart.bars.empty()) {
    out += fmt::format("<text class=\"empty\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">no data</text>\n",
                       Px(kLeft + plot_w / 2), Px(kTop + plot_h / 2));
  }
  const double slot = chart.bars.empty() ? plot_w : plot_w / static_cast<double>(chart.bars.size());
  const double bar_w = slot * 0.8;
  const int every = std::max(1, chart.label_every);
  for (std::size_t i = 0; i < chart.bars.size(); ++i) {
    const Bar& b = chart.bars[i];
    double x = kLeft + slot * static_cast<double>(i) + (slot - bar_w) / 2;
    double h = y(b.value);
    std::string tip = fmt::format("{}: {} {}", b.label, FormatNumber(b.value), chart.value_name);
    if (!chart.part_name.empty()) tip += fmt::format(", {} {}", FormatNumber(b.part), chart.part_name);
    out += fmt::format("<g><title>{}</title>", EscapeHtml(tip));
    out += fmt::format(
        "<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" data-value=\"{}\"/>",
        Px(x), Px(kTop + plot_h - h), Px(bar_w), Px(h), FormatNumber(b.value));
    if (!chart.part_name.empty() && b.part > 0) {
      double ph = y(std::min(b.part, b.value));
      out += fmt::format(
          "<rect class=\"bar-part\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" data-value=\"{}\"/>",
          Px(x), Px(kTop + plot_h - ph), Px(bar_w), Px(ph), FormatNumber(b.part));
    }
    out += "</g>";
    if (i % every == 0) {
      out += fmt::format("<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                         Px(x + bar_w / 2), Px(kTop + plot_h + 16), EscapeHtml(b.label));
    }
    out += "\n";
  }
  out += fmt::format("<line class=\"axis\" x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\"/>\n</svg>\n",
                     Px(kLeft), Px(kLeft + plot_w), Px(kTop + plot_h), Px(kTop + plot_h));
  return out;
}

std::string BarChartTable(const BarChart& chart) {
  std::string out = fmt::format("<table class=\"chart-data\" data-chart=\"{}\">\n<caption>{}</caption>\n",
                                EscapeHtml(chart.id), EscapeHtml(chart.title));
  out += "<thead><tr><th scope=\"col\"></th><th scope=\"col\">" + EscapeHtml(chart.value_name) + "</th>";
  if (!chart.part_name.empty()) out += "<th scope=\"col\">" + EscapeHtml(chart.part_name) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const Bar& b : chart.bars) {
    out += "<tr><th scope=\"row\">" + EscapeHtml(b.label) + "</th>" + Cell(b.value, b.value_figure);
    if (!chart.part_name.empty()) out += Cell(b.part, b.part_figure);
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace redite::report
