#include "checks/medical/dose_element_mismatch_rule.h"

#include "checks/check_context.h"
#include "dosage/dose_finder.h"
#include "language/language_profile.h"
#include "translation/bilingual.h"

#include <charconv>

namespace medloc {

namespace {

std::optional<double> parse_decimal(std::string_view text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

// The dose a <dose> element states in its attributes: value "2.5" or "2-3", unit "mg",
// in the language of the article that wrote the element (units such as "ans").
struct DoseAttributes {
    std::string value;
    std::string unit;
    std::string language;
};

std::optional<Dose> attribute_dose(const DoseAttributes& attributes, std::string_view language) {
    Dose dose;
    const std::size_t dash = attributes.value.find('-', 1);
    const auto low = parse_decimal(std::string_view(attributes.value).substr(0, dash));
    const auto high = dash == std::string::npos
                          ? low
                          : parse_decimal(std::string_view(attributes.value).substr(dash + 1));
    auto unit = parse_unit(attributes.unit, language);
    if (!low || !high || !unit)
        return std::nullopt;
    dose.low = *low;
    dose.high = *high;
    dose.unit = std::move(*unit);
    return dose;
}

bool same_dose(const Dose& stated, const Dose& written) {
    return same_amount(stated, stated.low, written, written.low) &&
           same_amount(stated, stated.high, written, written.high);
}

// Compares the element spanning [begin, end) of `block` with its attributes.
void check_element(const RuleInfo& rule, const Article& article, const Block& block,
                   std::size_t begin, std::size_t end, const DoseAttributes& attributes,
                   CheckContext& context, FindingSink& sink) {
    const std::string written(block.text.text().substr(begin, end - begin));
    auto stated = attribute_dose(attributes, attributes.language);
    if (!stated) {
        sink.report(rule, article, block, begin, end, "medical.dose-element-mismatch.unknown",
                    {{"value", attributes.value}, {"unit", attributes.unit}, {"text", written}});
        return;
    }
    // The element's text alone: "60 mg/kg" in "<dose>60 mg/kg</dose> par jour".
    std::vector<NumberMention> numbers;
    for (const NumberMention& number : context.number_mentions(block))
        if (number.begin >= begin && number.end <= end)
            numbers.push_back(number);
    std::vector<Token> tokens;
    for (const Token& token : context.tokens(block))
        if (token.begin >= begin && token.end <= end)
            tokens.push_back(token);
    const std::vector<Dose> doses =
        find_doses(block.text.text().substr(0, end), tokens, numbers, language_of(block.locale));
    const Dose* inside = doses.empty() ? nullptr : &doses.front();
    if (inside == nullptr) {
        sink.report(rule, article, block, begin, end, "medical.dose-element-mismatch.no-dose",
                    {{"value", attributes.value},
                     {"unit", attributes.unit},
                     {"stated", describe(*stated)},
                     {"text", written}});
        return;
    }
    if (!same_dose(*stated, *inside))
        sink.report(rule, article, block, inside->begin, inside->end,
                    "medical.dose-element-mismatch",
                    {{"value", attributes.value},
                     {"unit", attributes.unit},
                     {"stated", describe(*stated)},
                     {"text", std::string(inside->in(block.text.text()))},
                     {"found", describe(*inside)}});
}

// The value of `name="…"` in an original start tag such as <dose value="38" unit="°C">.
std::optional<std::string> tag_attribute(std::string_view tag, std::string_view name) {
    std::size_t at = 0;
    while ((at = tag.find(name, at)) != std::string_view::npos) {
        const std::size_t after = at + name.size();
        const bool starts =
            at > 0 && (tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n');
        if (starts && tag.substr(after, 2) == "=\"") {
            const std::size_t close = tag.find('"', after + 2);
            if (close == std::string_view::npos)
                return std::nullopt;
            return std::string(tag.substr(after + 2, close - after - 2));
        }
        at = after;
    }
    return std::nullopt;
}

} // namespace

void DoseElementMismatchRule::check(const Article& article, CheckContext& context,
                                    FindingSink& sink) const {
    for (const Block& block : article.blocks) {
        for (const InlineSpan& span : block.spans) {
            if (span.element != "dose")
                continue;
            const std::string* value = span.attribute("value");
            const std::string* unit = span.attribute("unit");
            if (value == nullptr || unit == nullptr)
                continue; // the schema reports it
            check_element(kInfo, article, block, span.begin, span.end,
                          {*value, *unit, language_of(block.locale)}, context, sink);
        }
    }
}

void DoseElementMismatchRule::check_bilingual(const BilingualDocument& document,
                                              CheckContext& context, FindingSink& sink) const {
    // In XLIFF a dose is a <pc> whose original start tag, kept in <originalData>, is the
    // article's <dose …>: the translated text must still say what the attributes say.
    for (const BilingualSegment& pair : document.segments) {
        if (!pair.target)
            continue;
        for (const InlineSpan& span : pair.target->spans) {
            const std::string* reference = span.attribute("dataRefStart");
            if (span.element != "pc" || reference == nullptr)
                continue;
            auto original = pair.unit->original_data.find(*reference);
            if (original == pair.unit->original_data.end() ||
                !original->second.starts_with("<dose"))
                continue;
            auto value = tag_attribute(original->second, "value");
            auto unit = tag_attribute(original->second, "unit");
            if (value && unit)
                check_element(kInfo, document.target, *pair.target, span.begin, span.end,
                              {*value, *unit, language_of(document.source.locale)}, context, sink);
        }
    }
}

} // namespace medloc
