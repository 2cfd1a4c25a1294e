#include "redite/report/svg_chart.h"

#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

namespace redite::report {
namespace {

// The value of attribute `name` of every `<rect class="CLASS"` in `svg`, in order.
std::vector<double> RectAttribute(const std::string& svg, const std::string& cls,
                                  const std::string& name) {
  std::vector<double> out;
  std::regex rect("<rect class=\"" + cls + "\"[^>]*>");
  std::regex attr(" " + name + "=\"([-0-9.]+)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), rect); it != std::sregex_iterator();
       ++it) {
    std::string tag = it->str();
    std::smatch m;
    REQUIRE(std::regex_search(tag, m, attr));
    out.push_back(std::stod(m[1]));
  }
  return out;
}

}  // namespace

TEST_SUITE("SvgChart") {
  TEST_CASE("axis ticks are 1, 2 or 5 times a power of ten and reach the maximum") {
    struct {
      double max;
      std::vector<double> ticks;
    } cases[] = {
        {42, {0, 10, 20, 30, 40, 50}},
        {7, {0, 2, 4, 6, 8}},
        {5, {0, 1, 2, 3, 4, 5}},
        {1, {0, 0.2, 0.4, 0.6, 0.8, 1}},
        {0.3, {0, 0.1, 0.2, 0.3}},
        {1200, {0, 500, 1000, 1500}},
        {0, {0, 1}},
        {-3, {0, 1}},
    };
    for (const auto& c : cases) {
      CAPTURE(c.max);
      std::vector<double> ticks = AxisTicks(c.max);
      REQUIRE(ticks.size() == c.ticks.size());
      for (std::size_t i = 0; i < ticks.size(); ++i) CHECK(ticks[i] == doctest::Approx(c.ticks[i]));
    }
  }

  TEST_CASE("a linear scale maps 0..max onto 0..range and clamps") {
    LinearScale y{50, 200};
    CHECK(y(0) == 0);
    CHECK(y(25) == doctest::Approx(100));
    CHECK(y(50) == doctest::Approx(200));
    CHECK(y(80) == doctest::Approx(200));
    CHECK(y(-1) == 0);
    CHECK(LinearScale{0, 200}(5) == 0);
  }

  TEST_CASE("numbers are written without trailing zeros") {
    CHECK(FormatNumber(12) == "12");
    CHECK(FormatNumber(0.5) == "0.5");
    CHECK(FormatNumber(0.30000000000000004) == "0.3");
    CHECK(FormatNumber(-2) == "-2");
  }

  TEST_CASE("bar heights are proportional to the values, parts inside their bar") {
    BarChart chart;
    chart.id = "c";
    chart.title = "t";
    chart.value_name = "posts";
    chart.part_name = "overlapping";
    chart.bars = {{"a", 10, 5}, {"b", 5, 0}, {"c", 0, 0}, {"d", 7.5, 7.5}};
    std::string svg = BarChartSvg(chart);
    std::vector<double> heights = RectAttribute(svg, "bar", "height");
    REQUIRE(heights.size() == 4);
    REQUIRE(heights[0] > 0);
    // Ticks go to 10: the first bar fills the plot, the others follow.
    CHECK(heights[1] == doctest::Approx(heights[0] / 2).epsilon(0.01));
    CHECK(heights[2] == 0);
    CHECK(heights[3] == doctest::Approx(heights[0] * 0.75).epsilon(0.01));
    std::vector<double> parts = RectAttribute(svg, "bar-part", "height");
    REQUIRE(parts.size() == 2);  // no rect for a part of 0
    CHECK(parts[0] == doctest::Approx(heights[0] / 2).epsilon(0.01));
    CHECK(parts[1] == doctest::Approx(heights[3]).epsilon(0.01));
    // Bars stand on the same baseline: y + height is constant.
    std::vector<double> ys = RectAttribute(svg, "bar", "y");
    for (std::size_t i = 1; i < ys.size(); ++i) {
      CHECK(ys[i] + heights[i] == doctest::Approx(ys[0] + heights[0]));
    }
    CHECK(RectAttribute(svg, "bar", "data-value") == std::vector<double>{10, 5, 0, 7.5});
    CHECK(svg.find("data-bars=\"4\"") != std::string::npos);
  }

  TEST_CASE("labels, title and description are escaped and the chart names itself for screen readers") {
    BarChart chart;
    chart.id = "lag";
    chart.title = "Lags <after> \"corporate\" & co";
    chart.value_name = "posts";
    chart.bars = {{"<1 h", 3, 0}, {"'quoted'", 1, 0}};
    std::string svg = BarChartSvg(chart);
    CHECK(svg.find("<title id=\"lag-title\">Lags &lt;after&gt; &quot;corporate&quot; &amp; co</title>") !=
          std::string::npos);
    CHECK(svg.find("aria-labelledby=\"lag-title lag-desc\"") != std::string::npos);
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find(">&lt;1 h</text>") != std::string::npos);
    CHECK(svg.find("&#39;quoted&#39;") != std::string::npos);
    CHECK(svg.find("<1 h") == std::string::npos);
    // The description lists the figures when none is given.
    CHECK(svg.find("<desc id=\"lag-desc\">&lt;1 h: 3 posts; &#39;quoted&#39;: 1 posts.</desc>") !=
          std::string::npos);
    std::string table = BarChartTable(chart);
    CHECK(table.find("<tr><th scope=\"row\">&lt;1 h</th><td>3</td></tr>") != std::string::npos);
    // A cell with a figure name can be read by programs.
    chart.bars[0].value_figure = "lag.<0>";
    CHECK(BarChartTable(chart).find("<td data-figure=\"lag.&lt;0&gt;\" data-value=\"3\">3</td>") !=
          std::string::npos);
  }

  TEST_CASE("an empty series draws the axes and says there is no data") {
    BarChart chart;
    chart.id = "empty";
    chart.title = "Nothing";
    std::string svg = BarChartSvg(chart);
    CHECK(svg.find("no data") != std::string::npos);
    CHECK(svg.find("<rect") == std::string::npos);
    CHECK(svg.find("class=\"axis\"") != std::string::npos);
    CHECK(svg.find("<desc id=\"empty-desc\">No data.</desc>") != std::string::npos);
  }

  TEST_CASE("only every n-th bar is labelled when asked") {
    BarChart chart;
    chart.id = "w";
    for (int i = 0; i < 10; ++i) chart.bars.push_back({"L" + std::to_string(i), 1.0 * i, 0});
    chart.label_every = 3;
    std::string svg = BarChartSvg(chart);
    for (int i = 0; i < 10; ++i) {
      CAPTURE(i);
      CHECK((svg.find(">L" + std::to_string(i) + "</text>") != std::string::npos) == (i % 3 == 0));
    }
  }
}

}  // namespace redite::report
