// Number parsing and canonical forms for French figures, private to the text
// module: "1 200", "1.200" and "1200" are one number; "3,5" is 3.5.
#ifndef REDITE_SRC_TEXT_FIGURES_H_
#define REDITE_SRC_TEXT_FIGURES_H_

#include <optional>
#include <string>
#include <string_view>

namespace redite::text {

// Parses a number written the French way or the English way. `digits` holds
// digits with '.', ',' or ' ' separators and no sign. A comma is the decimal
// separator; dots and spaces before it group thousands ("1.200,50"). Without
// a comma, dots followed by groups of exactly three digits are thousands
// ("1.200.000"); a single other dot is a decimal point ("3.5"). Returns
// nullopt for anything else ("12.03.2024", "1,2,3").
std::optional<double> ParseFrenchNumber(std::string_view digits);

// The shortest decimal form: "1200", "3.5", "0.25", "2400000000".
std::string FormatNumber(double value);

// The multiplier of a scale word or abbreviation as French posts write them
// after a figure ("milliards", "Md", "Mds", "Mrd", "millions", "M", "k",
// "mille"), or 0 when the word is not one. `raw` is the word as written,
// `folded` its case-folded form.
double ScaleOf(std::string_view raw, std::string_view folded);

// "€" for currency words and signs (€, euro(s), eur), "$" for $, dollar(s),
// usd, "£" for £; "" otherwise. `folded` is case-folded.
std::string_view CurrencyOf(std::string_view folded);

}  // namespace redite::text

#endif  // REDITE_SRC_TEXT_FIGURES_H_
