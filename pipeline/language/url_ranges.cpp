#include "language/url_ranges.h"

#include <algorithm>
#include <array>

namespace medloc {

namespace {

// The scanner reads UTF-8 bytes with ASCII classes: a byte of a non-ASCII character is never
// a letter, a digit or white space here, so URLs stop at no accented letter and start at none.

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// A word character in the sense of a word boundary: letters, digits and '_'.
bool is_word(char c) {
    return is_alnum(c) || c == '_';
}

// What a URL may hold after its start: anything but white space, < > and ".
bool is_url_char(char c) {
    return !is_space(c) && c != '<' && c != '>' && c != '"';
}

// A letter of a domain label.
bool is_label_char(char c) {
    return is_alnum(c) || c == '-';
}

// A character of the part of an e-mail address before '@'.
bool is_local_char(char c) {
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// Top-level domains that make a bare name a domain ("ameli.fr", "who.int").
constexpr std::array<std::string_view, 16> kDomains = {"fr",  "com", "org",  "net",    "int", "eu",
                                                       "gov", "edu", "info", "io",     "be",  "ch",
                                                       "ca",  "uk",  "de",   "gouv.fr"};

// Finds URLs in one pass. At each position the four kinds are tried in order (scheme URL,
// www., e-mail address, bare domain name) and the first that matches is taken; what the
// e-mail and domain readers learn about a run of characters is kept, so that no run is
// read again from each of its positions: the scan is linear in the text, whatever it holds
// (one word of a hundred thousand letters, a million dots).
class UrlScanner {
public:
    explicit UrlScanner(std::string_view text) : text_(text) {}

    std::vector<TextRange> scan() {
        std::vector<TextRange> ranges;
        std::size_t at = 0;
        while (at < text_.size()) {
            const std::size_t end = match_at(at);
            if (end == 0) {
                ++at;
                continue;
            }
            std::size_t kept = end;
            // Sentence punctuation right after a URL is not part of it.
            while (kept > at &&
                   std::string_view(".,;:!?)").find(text_[kept - 1]) != std::string_view::npos)
                --kept;
            ranges.emplace_back(at, kept);
            at = end;
        }
        return ranges;
    }

private:
    char at_or_nul(std::size_t i) const { return i < text_.size() ? text_[i] : '\0'; }
    bool url_char_at(std::size_t i) const { return i < text_.size() && is_url_char(text_[i]); }

    // Past the run of URL characters that starts at `i`.
    std::size_t url_run_end(std::size_t i) const {
        while (i < text_.size() && is_url_char(text_[i]))
            ++i;
        return i;
    }

    // The end of the match that starts at `at`, or 0 when none does.
    std::size_t match_at(std::size_t at) {
        const std::string_view rest = text_.substr(at);
        for (std::string_view scheme : {"http://", "https://", "ftp://"})
            if (rest.starts_with(scheme) && url_char_at(at + scheme.size()))
                return url_run_end(at + scheme.size());
        if (rest.starts_with("www.") && url_char_at(at + 4))
            return url_run_end(at + 4);
        if (const std::size_t end = email_at(at))
            return end;
        return domain_at(at);
    }

    // name@domain.tld: the run of local characters that holds `at` must end at '@', and a
    // dotted domain must follow.
    std::size_t email_at(std::size_t at) {
        if (!is_local_char(text_[at]))
            return 0;
        if (at >= local_run_end_) {
            local_run_end_ = at;
            while (local_run_end_ < text_.size() && is_local_char(text_[local_run_end_]))
                ++local_run_end_;
            email_end_ =
                at_or_nul(local_run_end_) == '@' ? dotted_domain_end(local_run_end_ + 1) : 0;
        }
        return email_end_;
    }

    // Past `label(.label)+` from `i`, or 0 when there is no such name.
    std::size_t dotted_domain_end(std::size_t i) const {
        std::size_t end = i;
        while (end < text_.size() && is_label_char(text_[end]))
            ++end;
        if (end == i)
            return 0;
        int labels = 1;
        while (at_or_nul(end) == '.' && is_label_char(at_or_nul(end + 1))) {
            end += 1;
            while (end < text_.size() && is_label_char(text_[end]))
                ++end;
            ++labels;
        }
        return labels >= 2 ? end : 0;
    }

    // A bare domain name ("www2.ameli.fr/page"): labels joined by dots whose last one is a
    // known top-level domain, starting at a word boundary and ending at one, then an
    // optional path. The longest such name wins. When none starts at `at`, none starts
    // before the end of its dotted run either.
    std::size_t domain_at(std::size_t at) {
        if (at < domain_fails_until_ || !is_label_char(text_[at]))
            return 0;
        const bool boundary = (at > 0 && is_word(text_[at - 1])) != is_word(text_[at]);
        if (!boundary)
            return 0;
        std::size_t end = at;
        while (end < text_.size() && is_label_char(text_[end]))
            ++end;
        std::size_t best = 0;
        while (at_or_nul(end) == '.' && is_label_char(at_or_nul(end + 1))) {
            const std::string_view label = text_.substr(end + 1);
            for (std::string_view domain : kDomains)
                if (label.starts_with(domain) && !is_word(at_or_nul(end + 1 + domain.size())))
                    best = std::max(best, end + 1 + domain.size());
            end += 1;
            while (end < text_.size() && is_label_char(text_[end]))
                ++end;
        }
        if (best == 0) {
            domain_fails_until_ = end;
            return 0;
        }
        if (at_or_nul(best) == '/')
            return url_run_end(best + 1);
        return best;
    }

    std::string_view text_;
    std::size_t local_run_end_ = 0; // the e-mail reader's run, and its outcome
    std::size_t email_end_ = 0;
    std::size_t domain_fails_until_ = 0;
};

} // namespace

std::vector<TextRange> find_url_ranges(std::string_view text) {
    return UrlScanner(text).scan();
}

bool overlaps(const std::vector<TextRange>& ranges, std::size_t begin, std::size_t end) {
    // The ranges are sorted and disjoint: only the first one that ends after `begin` can
    // overlap first.
    const auto after = std::upper_bound(
        ranges.begin(), ranges.end(), begin,
        [](std::size_t offset, const TextRange& range) { return offset < range.second; });
    return after != ranges.end() && after->first < end && begin < after->second;
}

} // namespace medloc
