#include "usage/usage_rulebook.h"

#include "language/language_profile.h"
#include "text/text_file_check.h"
#include "text/utf8.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace medloc {

namespace fs = std::filesystem;

std::string_view to_string(UsageKind kind) {
    return kind == UsageKind::false_friend ? "false-friend" : "calque";
}

namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string> split_bars(std::string_view text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t bar = text.find('|', start);
        if (bar == std::string_view::npos)
            bar = text.size();
        parts.push_back(trimmed(text.substr(start, bar - start)));
        start = bar + 1;
    }
    return parts;
}

bool is_id(std::string_view id) {
    return !id.empty() && id.front() != '-' &&
           id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos;
}

// Reads the lines of one file; keeps the state of the section being read.
class UsageFileReader {
public:
    UsageFileReader(std::string path, std::string language, UsageRulebook& rulebook)
        : path_(std::move(path)), language_(std::move(language)), rulebook_(rulebook),
          profile_(profile_for(language_)) {
        for (const UsageEntry& entry : rulebook_.entries)
            sequences_ += entry.sequences.size() + entry.unless.size();
    }

    Status read(std::string_view content) {
        std::size_t start = 0;
        while (start < content.size()) {
            std::size_t end = content.find('\n', start);
            if (end == std::string_view::npos)
                end = content.size();
            ++line_;
            if (auto status = read_line(content.substr(start, end - start)); !status)
                return status;
            start = end + 1;
        }
        return finish_section();
    }

private:
    Error error(const std::string& message, int line = 0) const {
        return Error{path_ + ":" + std::to_string(line ? line : line_) + ": " + message};
    }

    Status read_line(std::string_view raw) {
        const std::string line = trimmed(raw);
        if (line.empty() || line.front() == '#')
            return ok_status();
        if (line.front() == '[') {
            if (auto status = finish_section(); !status)
                return status;
            return start_section(line);
        }
        const auto equals = line.find('=');
        if (equals == std::string::npos)
            return error("expected `key = value`, `[entry ID]` or `[set NAME]`, not '" + line +
                         "'");
        const std::string key = trimmed(std::string_view(line).substr(0, equals));
        const std::string value = trimmed(std::string_view(line).substr(equals + 1));
        if (value.empty())
            return error("`" + key + "` has no value");
        if (section_ == Section::set)
            return read_set_key(key, value);
        if (section_ == Section::entry)
            return read_entry_key(key, value);
        return error("`" + key + "` outside any [entry ID] or [set NAME]");
    }

    Status start_section(const std::string& line) {
        if (line.back() != ']')
            return error("a section header ends with ']': '" + line + "'");
        const std::string inside = trimmed(std::string_view(line).substr(1, line.size() - 2));
        const auto space = inside.find(' ');
        const std::string kind = inside.substr(0, space);
        const std::string name =
            space == std::string::npos ? std::string() : trimmed(inside.substr(space + 1));
        if (!is_id(name))
            return error("a section is `[entry ID]` or `[set NAME]`, with ID and NAME in "
                         "[a-z0-9-]: '" +
                         line + "'");
        section_line_ = line_;
        if (kind == "set") {
            section_ = Section::set;
            set_name_ = name;
            set_words_.clear();
            return ok_status();
        }
        if (kind != "entry")
            return error("unknown section '" + kind + "': `[entry ID]` or `[set NAME]`");
        if (!ids_.insert(name).second)
            return error("entry '" + name + "' is defined twice in this file");
        section_ = Section::entry;
        entry_ = UsageEntry{};
        entry_.id = name;
        entry_.language = language_;
        entry_.file = path_;
        entry_.line = line_;
        keys_.clear();
        return ok_status();
    }

    Status read_set_key(const std::string& key, const std::string& value) {
        if (key != "words")
            return error("a [set] holds `words = a | b | …` lines, not `" + key + "`");
        for (const std::string& word : split_bars(value)) {
            auto choice = parse_set_word(word);
            if (!choice)
                return error(choice.error().message);
            set_words_.push_back(std::move(choice).value());
        }
        return ok_status();
    }

    Status read_entry_key(const std::string& key, const std::string& value) {
        static const std::set<std::string> repeatable = {"pattern", "unless", "suggest", "example",
                                                         "near-miss"};
        static const std::set<std::string> known = {"kind",      "english", "pattern", "unless",
                                                    "suggest",   "explain", "source",  "example",
                                                    "near-miss", "note",    "off",     "agree"};
        if (!known.contains(key))
            return error("unknown key `" + key + "` (docs/formats/usage.md lists the keys)");
        if (!repeatable.contains(key) && keys_.contains(key))
            return error("`" + key + "` given twice in entry '" + entry_.id + "'");
        keys_.insert(key);
        if (key == "kind") {
            if (value == "false-friend")
                entry_.kind = UsageKind::false_friend;
            else if (value == "calque")
                entry_.kind = UsageKind::calque;
            else
                return error("kind is `false-friend` or `calque`, not '" + value + "'");
        } else if (key == "english") {
            entry_.english = value;
        } else if (key == "pattern" || key == "unless") {
            const bool main = key == "pattern";
            auto sequences = parse_pattern(value, rulebook_.sets, profile_, main);
            if (!sequences)
                return error("`" + key + "`: " + sequences.error().message);
            sequences_ += sequences.value().size();
            if (sequences_ > kMaxUsageSequences)
                return error("more than " + std::to_string(kMaxUsageSequences) +
                             " pattern forms in all usage files");
            auto& target = main ? entry_.sequences : entry_.unless;
            for (PatternSequence& sequence : sequences.value())
                target.push_back(std::move(sequence));
        } else if (key == "suggest") {
            for (std::string& suggestion : split_bars(value)) {
                if (suggestion.empty())
                    return error("empty suggestion in `suggest`");
                entry_.suggestions.push_back(std::move(suggestion));
            }
        } else if (key == "explain") {
            entry_.explanation = value;
        } else if (key == "source") {
            entry_.source = value;
        } else if (key == "example") {
            entry_.examples.push_back(value);
        } else if (key == "near-miss") {
            entry_.near_misses.push_back(value);
        } else if (key == "agree") {
            if (value != "yes" && value != "no")
                return error("agree is `yes` or `no`, not '" + value + "'");
            entry_.agree = value == "yes";
        } else if (key == "off") {
            if (value != "yes")
                return error("`off = yes` turns an entry off; there is no other value");
        }
        return ok_status();
    }

    Status finish_section() {
        const Section section = section_;
        section_ = Section::none;
        if (section == Section::set) {
            if (set_words_.empty())
                return error("[set " + set_name_ + "] has no words", section_line_);
            rulebook_.sets[set_name_] = std::move(set_words_);
            set_words_.clear();
            return ok_status();
        }
        if (section != Section::entry)
            return ok_status();
        auto existing = std::find_if(rulebook_.entries.begin(), rulebook_.entries.end(),
                                     [&](const UsageEntry& e) { return e.id == entry_.id; });
        if (keys_.contains("off")) {
            if (keys_.size() != 1)
                return error("an entry with `off = yes` holds nothing else", section_line_);
            if (existing == rulebook_.entries.end())
                return error("`off = yes`: no entry '" + entry_.id + "' was read before this file",
                             section_line_);
            sequences_ -= existing->sequences.size() + existing->unless.size();
            rulebook_.entries.erase(existing);
            return ok_status();
        }
        for (const char* required :
             {"kind", "english", "pattern", "suggest", "explain", "source", "example", "near-miss"})
            if (!keys_.contains(required))
                return error("entry '" + entry_.id + "' has no `" + required +
                                 "` (every entry needs kind, english, pattern, suggest, explain, "
                                 "source, example and near-miss)",
                             section_line_);
        if (existing != rulebook_.entries.end()) {
            sequences_ -= existing->sequences.size() + existing->unless.size();
            *existing = std::move(entry_);
        } else {
            rulebook_.entries.push_back(std::move(entry_));
        }
        return ok_status();
    }

    enum class Section { none, entry, set };

    std::string path_;
    std::string language_;
    UsageRulebook& rulebook_;
    LanguageProfile profile_;
    int line_ = 0;
    int section_line_ = 0;
    Section section_ = Section::none;
    UsageEntry entry_;
    std::set<std::string> keys_;
    std::set<std::string> ids_;
    std::string set_name_;
    std::vector<PatternAtom::Choice> set_words_;
    std::size_t sequences_ = 0;
};

} // namespace

Status read_usage_file(const std::string& path, UsageRulebook& rulebook) {
    // calques.fr.usage -> fr
    const fs::path stem = fs::path(path).stem();
    const std::string language =
        stem.has_extension() ? stem.extension().string().substr(1) : std::string();
    if (language.empty() ||
        language.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
        return Error{path + ": a usage file is named NAME.LANGUAGE.usage (calques.fr.usage)"};
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        return Error{"cannot read usage file " + path};
    if (size > kMaxUsageFileBytes)
        return Error{path + ": usage file larger than " +
                     std::to_string(kMaxUsageFileBytes / (1024 * 1024)) + " MiB"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{"cannot read usage file " + path};
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string content = buffer.str();
    if (content.starts_with(utf8::kByteOrderMark))
        content.erase(0, utf8::kByteOrderMark.size());
    if (auto problem = first_text_file_problem(content))
        return Error{path + ":" + std::to_string(problem->line) +
                     ": usage file: " + problem->reason};
    rulebook.files.push_back(path);
    return read_usage_text(content, path, language, rulebook);
}

Status read_usage_text(std::string_view content, const std::string& path,
                       const std::string& language, UsageRulebook& rulebook) {
    return UsageFileReader(path, language, rulebook).read(content);
}

Result<UsageRulebook> load_usage_files(const std::vector<std::string>& directories) {
    // A later folder's file replaces an earlier one of the same name; files are read folder
    // by folder, so that a project's entries come after (and may replace) medloc's.
    std::vector<std::pair<std::string, fs::path>> chosen;
    std::error_code ec;
    for (const std::string& directory : directories) {
        if (!fs::is_directory(directory, ec))
            continue;
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(directory, ec))
            if (entry.is_regular_file(ec) && entry.path().extension() == ".usage")
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files) {
            const std::string name = file.filename().string();
            auto same = std::find_if(chosen.begin(), chosen.end(),
                                     [&](const auto& item) { return item.first == name; });
            if (same != chosen.end())
                chosen.erase(same);
            chosen.emplace_back(name, file);
        }
    }
    UsageRulebook rulebook;
    for (const auto& [name, file] : chosen)
        if (auto status = read_usage_file(file.string(), rulebook); !status)
            return status.error();
    return rulebook;
}

} // namespace medloc
