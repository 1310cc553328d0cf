#include "usage/word_analysis.h"

#include "usage/usage_pattern.h"

#include <algorithm>

namespace medloc {

bool WordAnalysis::has(std::string_view tag) const {
    return std::any_of(tags.begin(), tags.end(), [&](const std::string& own) {
        if (tag == "v")
            return own.size() > 1 && own[0] == 'v' && own[1] >= '0' && own[1] <= '9';
        if (tag == "pro")
            return own.starts_with("pro") || own == "prn";
        if (tag == "det") // detpos (son), detdem (ce), detind (tout)
            return own.starts_with("det");
        return own == tag;
    });
}

std::vector<WordAnalysis> parse_analyses(const std::vector<std::string>& raw,
                                         std::string_view word) {
    std::vector<WordAnalysis> analyses;
    for (const std::string& line : raw) {
        WordAnalysis analysis;
        std::size_t start = 0;
        while (start < line.size()) {
            std::size_t end = line.find_first_of(" \t", start);
            if (end == std::string::npos)
                end = line.size();
            const std::string_view field = std::string_view(line).substr(start, end - start);
            if (field.starts_with("st:") && analysis.lemma.empty())
                analysis.lemma = normalise_word(field.substr(3));
            else if ((field.starts_with("po:") || field.starts_with("is:")) && field.size() > 3)
                analysis.tags.emplace_back(field.substr(3));
            start = end + 1;
        }
        if (analysis.lemma.empty())
            analysis.lemma = normalise_word(word);
        analyses.push_back(std::move(analysis));
    }
    return analyses;
}

} // namespace medloc
