#include "translation/merger.h"

#include "core/atomic_file.h"
#include "language/translatable_text.h"
#include "loading/xml_parser.h"
#include "text/utf8.h"
#include "translation/block_source.h"
#include "translation/coverage.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <optional>

namespace medloc {

namespace {

std::string attribute(const MarkupNode& node, std::string_view name) {
    const MarkupAttribute* found = node.attribute(name);
    return found ? found->value : std::string();
}

// The original tag of a data id: the unit's <originalData>, or, when a tool dropped it
// (or the file is XLIFF 1.2, which has none), the article's own tag for that id.
Result<std::string> code(const XliffUnit& unit, const SourceCodes& source_codes,
                         const std::string& data_id, std::string_view element) {
    if (data_id.empty())
        return Error{"<" + std::string(element) + "> without original data"};
    if (auto found = unit.original_data.find(data_id); found != unit.original_data.end())
        return found->second;
    if (auto found = source_codes.find(data_id); found != source_codes.end())
        return found->second;
    return Error{"<" + std::string(element) + "> refers to '" + data_id +
                 "', which neither the unit's original data nor the source article has"};
}

Result<std::string> node_markup(const XliffDocument& xliff, const XliffUnit& unit,
                                const SourceCodes& source_codes, std::size_t node) {
    std::string out;
    std::vector<std::string> closing; // the original end tag of each entered code
    std::optional<Error> failure;
    walk_content(
        xliff.source->content, *xliff.tree, node,
        [&](char32_t, std::string_view bytes, std::size_t, std::size_t) {
            out += escape_xml_text(bytes);
        },
        [&](const MarkupNode& element) {
            const std::string_view name = element.local_name();
            if (failure)
                return false;
            if (name == "pc" || name == "g") {
                // XLIFF 1.2's <g id="N"> is medloc's <pc id="N" dataRefStart="dN" …>; a <pc>
                // whose data refs a tool dropped is found by its id the same way.
                const std::string id = attribute(element, "id");
                std::string start_id = attribute(element, "dataRefStart");
                std::string end_id = attribute(element, "dataRefEnd");
                if (start_id.empty() && !id.empty())
                    start_id = start_data_id(id);
                if (end_id.empty() && !id.empty())
                    end_id = end_data_id(id);
                auto start = code(unit, source_codes, start_id, name);
                auto end = code(unit, source_codes, end_id, name);
                if (!start || !end) {
                    failure = start ? end.error() : start.error();
                    return false;
                }
                out += start.value();
                closing.push_back(end.value());
                return true;
            }
            if ((name == "ph" || name == "sc" || name == "ec") && xliff.version.starts_with("2")) {
                auto data = code(unit, source_codes, attribute(element, "dataRef"), name);
                if (!data)
                    failure = data.error();
                else
                    out += data.value();
                return false;
            }
            if (name == "mrk" || name == "sm" || name == "em") {
                closing.emplace_back(); // annotations: their text only
                return true;
            }
            if (name == "cp") {
                std::uint32_t value = 0;
                const std::string hex = attribute(element, "hex");
                std::from_chars(hex.data(), hex.data() + hex.size(), value, 16);
                std::string bytes;
                utf8::append(bytes, static_cast<char32_t>(value));
                out += escape_xml_text(bytes);
                return false;
            }
            failure = Error{"unknown inline element <" + std::string(name) + ">"};
            return false;
        },
        [&](const MarkupNode&) {
            out += closing.back();
            closing.pop_back();
        });
    if (failure)
        return *failure;
    return out;
}

} // namespace

Result<std::string> target_markup(const XliffDocument& xliff, const XliffUnit& unit,
                                  const SourceCodes& source_codes) {
    std::string out;
    for (const XliffSegment& segment : unit.segments) {
        const bool use_source = segment.ignorable && !segment.target;
        if (!use_source && !segment.target)
            return Error{"segment without target"};
        auto markup = node_markup(xliff, unit, source_codes,
                                  use_source ? segment.source_node : segment.target_node);
        if (!markup)
            return markup.error();
        out += markup.value();
    }
    return out;
}

namespace {

// A final target that is its source text, where that text holds a word to translate: the
// unit was approved without being translated (translate="no" says it is meant so).
bool copies_source(const XliffUnit& unit, WordTokenizer& source_words) {
    if (!unit.translate)
        return false;
    for (const XliffSegment& segment : unit.segments) {
        if (segment.ignorable || !segment.target)
            continue;
        const std::string& source = segment.source.text.text();
        if (source == segment.target->text.text() &&
            has_translatable_word(source, source_words.tokenize(source)))
            return true;
    }
    return false;
}

} // namespace

std::string why_unusable(const XliffUnit* unit, const std::string& source_hash,
                         WordTokenizer* source_words) {
    if (unit == nullptr || !unit->has_target())
        return "not translated";
    if (unit_is_stale(*unit, source_hash))
        return "stale (the source changed since it was translated)";
    if (unit->state() != TranslationState::final_state)
        return std::string(to_string(unit->state())) + ", not final";
    if (source_words != nullptr && copies_source(*unit, *source_words))
        return "the final target is a copy of the source text, not a translation";
    return {};
}

std::vector<BlockChoice> choose_translations(const LocalizeRequest& request) {
    const Article& article = *request.article;
    const MarkupTree& tree = *request.tree;
    std::map<std::size_t, std::size_t> element_at;
    for (std::size_t index : tree.elements())
        element_at.emplace(tree.node(index).begin, index);
    std::optional<WordTokenizer> source_words;
    if (request.refuse_source_copies)
        source_words.emplace(article.locale);
    std::vector<BlockChoice> choices;
    for (const Block& block : article.blocks) {
        const std::size_t element = element_at.at(block.source_offset);
        const BlockSource block_source = make_block_source(article.source->content, tree, element);
        const SourceCodes source_codes(block_source.original_data.begin(),
                                       block_source.original_data.end());
        BlockChoice choice;
        choice.block_id = block.id;
        for (std::size_t i = 0; i < request.sources.size() && !choice.source; ++i) {
            const TranslationSource& source = request.sources[i];
            if (i > 0 && source.locale == article.locale) {
                choice.source = i; // the configured fallback is the source text itself
                continue;
            }
            const XliffUnit* unit = source.xliff ? source.xliff->find_unit(block.id) : nullptr;
            std::string reason =
                why_unusable(unit, block_source.hash, source_words ? &*source_words : nullptr);
            if (reason.empty()) {
                auto markup = target_markup(*source.xliff, *unit, source_codes);
                if (markup) {
                    choice.markup = std::move(markup).value();
                    choice.source = i;
                    continue;
                }
                reason = markup.error().message;
            }
            if (i == 0)
                choice.why_not = reason;
        }
        choices.push_back(std::move(choice));
    }
    return choices;
}

Result<LocalizedArticle> localize_article(const LocalizeRequest& request) {
    const Article& article = *request.article;
    const MarkupTree& tree = *request.tree;
    LocalizedArticle outcome;
    std::map<std::size_t, std::size_t> element_at;
    for (std::size_t index : tree.elements())
        element_at.emplace(tree.node(index).begin, index);

    struct Replacement {
        std::size_t begin;
        std::size_t end;
        std::string text;
    };
    std::vector<Replacement> replacements;
    std::vector<BlockChoice> choices = choose_translations(request);
    for (std::size_t b = 0; b < choices.size(); ++b) {
        BlockChoice& choice = choices[b];
        if (!choice.source) {
            outcome.missing.push_back(choice.block_id + ": " +
                                      (choice.why_not.empty() ? "not translated" : choice.why_not));
            continue;
        }
        const TranslationSource& source = request.sources[*choice.source];
        if (*choice.source > 0)
            outcome.fallbacks.emplace_back(choice.block_id, source.locale);
        if (*choice.source > 0 && source.locale == article.locale)
            continue; // the source text stays
        const MarkupNode& node = tree.node(element_at.at(article.blocks[b].source_offset));
        replacements.push_back({node.content_begin, node.content_end, std::move(choice.markup)});
    }
    if (!outcome.missing.empty())
        return outcome;

    // The root's xml:lang becomes the target locale.
    const MarkupNode& root = tree.node(tree.root());
    if (const MarkupAttribute* lang = root.attribute("xml:lang"))
        replacements.push_back(
            {lang->value_offset, lang->value_end, escape_xml_text(request.target_locale)});
    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement& a, const Replacement& b) { return a.begin > b.begin; });
    std::string localized = article.source->content;
    for (const Replacement& replacement : replacements)
        localized.replace(replacement.begin, replacement.end - replacement.begin, replacement.text);

    // Never hand out an article that is not schema-valid.
    XmlParseResult parsed = parse_untrusted_xml(localized, request.name);
    if (!parsed.document)
        return Error{request.name + ": the merged article is not well-formed: " +
                     (parsed.issues.empty() ? std::string() : parsed.issues[0].message)};
    if (request.schema) {
        auto invalid = request.schema->validate(parsed.document.get());
        if (!invalid.empty())
            return Error{request.name + ": the merged article is not valid: " + invalid[0].message};
    }
    outcome.xml = std::move(localized);
    return outcome;
}

Result<MergeOutcome> merge_article(const MergeRequest& request) {
    LocalizeRequest localize;
    localize.article = request.article;
    localize.tree = request.tree;
    localize.sources = {{request.target_locale, request.xliff}};
    localize.target_locale = request.target_locale;
    localize.name = request.output_path;
    localize.schema = request.schema;
    auto localized = localize_article(localize);
    if (!localized)
        return localized.error();
    MergeOutcome outcome;
    outcome.missing = std::move(localized.value().missing);
    if (!outcome.missing.empty())
        return outcome;
    if (Status written = write_file_atomically(request.output_path, localized.value().xml);
        !written)
        return written.error();
    outcome.written = true;
    return outcome;
}

} // namespace medloc
