// CanonicalUrl: one spelling per link, so that the CEO's post and the
// corporate post that share an article compare equal.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "redite/text/entities.h"
#include "text/idna.h"

namespace redite::text {
namespace {

// Query parameters that say who shared a link, not what it is: Google
// Analytics (utm_* is matched as a prefix), Facebook, Google/DoubleClick and
// Microsoft ads, Instagram, Mailchimp, HubSpot, Marketo, Yandex, Twitter's
// ref_src, Spotify/YouTube share ids (si), and AT Internet (at_medium,
// at_campaign, xtor), which French media use. Compared in lowercase.
constexpr std::array<std::string_view, 16> kTrackingParameters = {
    "fbclid", "gclid",   "dclid", "msclkid", "igshid", "mc_cid",    "mc_eid",      "_hsenc",
    "_hsmi",  "mkt_tok", "yclid", "ref_src", "si",     "at_medium", "at_campaign", "xtor"};

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](char c) { return AsciiLower(c); });
  return out;
}

bool IsScheme(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
  });
}

// Twitter's share parameter "s" (s=20, s=46: the client used) is tracking
// only there; elsewhere "s" is often a search query.
bool IsTwitterHost(std::string_view host) {
  for (std::string_view domain : {"twitter.com", "x.com"}) {
    if (host == domain) return true;
    if (host.size() > domain.size() && host.ends_with(domain) &&
        host[host.size() - domain.size() - 1] == '.') {
      return true;
    }
  }
  return false;
}

bool IsTrackingParameter(std::string_view parameter, bool twitter) {
  const std::string key = AsciiLower(parameter.substr(0, parameter.find('=')));
  if (key.starts_with("utm_")) return true;
  if (twitter && key == "s") return true;
  return std::find(kTrackingParameters.begin(), kTrackingParameters.end(), key) !=
         kTrackingParameters.end();
}

// Lowercase; an internationalized host ("ÉLYSÉE.fr", "xn--lysee-bsa.fr") in
// its Unicode form, so both spellings meet.
std::string CanonicalHost(std::string_view host) {
  const bool ascii = std::all_of(host.begin(), host.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string lower = AsciiLower(host);
  if (ascii && lower.find("xn--") == std::string::npos) return lower;
  std::string unicode;
  if (internal::HostToUnicode(host, &unicode)) return unicode;
  return lower;
}

}  // namespace

std::string CanonicalUrl(std::string_view url) {
  while (!url.empty() && static_cast<unsigned char>(url.front()) <= ' ') url.remove_prefix(1);
  while (!url.empty() && static_cast<unsigned char>(url.back()) <= ' ') url.remove_suffix(1);
  if (url.empty()) return "";

  std::string scheme = "https";
  std::string_view rest = url;
  if (const std::size_t sep = url.find("://");
      sep != std::string_view::npos && IsScheme(url.substr(0, sep))) {
    scheme = AsciiLower(url.substr(0, sep));
    rest = url.substr(sep + 3);
  }
  rest = rest.substr(0, rest.find('#'));

  const std::size_t authority_end = std::min(rest.find_first_of("/?"), rest.size());
  std::string_view authority = rest.substr(0, authority_end);
  std::string_view tail = rest.substr(authority_end);

  std::string_view userinfo;  // kept as written: it is case-sensitive
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    userinfo = authority.substr(0, at + 1);
    authority.remove_prefix(at + 1);
  }
  std::string_view host = authority;
  std::string_view port;
  // The port follows the last ':' after the host ("[::1]:8080" keeps its brackets).
  if (const std::size_t colon = authority.rfind(':');
      colon != std::string_view::npos && authority.find(']', colon) == std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  std::string canonical_host = CanonicalHost(host);
  // "www." goes only when a registrable name remains ("www.fr" stays).
  if (canonical_host.starts_with("www.") && canonical_host.find('.', 4) != std::string::npos) {
    canonical_host.erase(0, 4);
  }
  if ((scheme == "http" && port == "80") || (scheme == "https" && port == "443")) port = {};

  const std::size_t query_start = std::min(tail.find('?'), tail.size());
  std::string_view path = tail.substr(0, query_start);
  if (path == "/") path = {};
  std::string_view query = tail.substr(query_start);
  if (!query.empty()) query.remove_prefix(1);

  const bool twitter = IsTwitterHost(canonical_host);
  std::vector<std::string_view> parameters;
  while (!query.empty()) {
    const std::size_t amp = std::min(query.find('&'), query.size());
    const std::string_view parameter = query.substr(0, amp);
    if (!parameter.empty() && !IsTrackingParameter(parameter, twitter)) {
      parameters.push_back(parameter);
    }
    query.remove_prefix(std::min(amp + 1, query.size()));
  }
  std::sort(parameters.begin(), parameters.end());

  std::string out = scheme + "://";
  out.append(userinfo);
  out += canonical_host;
  if (!port.empty()) {
    out += ':';
    out.append(port);
  }
  out.append(path);
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    out += i == 0 ? '?' : '&';
    out.append(parameters[i]);
  }
  return out;
}

}  // namespace redite::text
