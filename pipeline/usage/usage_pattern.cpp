#include "usage/usage_pattern.h"

#include "language/normalization.h"
#include "text/utf8.h"

#include <algorithm>
#include <array>
#include <optional>

namespace medloc {

namespace {

// The tags of Hunspell's French (Dicollecte) analyses that patterns may name.
constexpr std::array<std::string_view, 38> kKnownTags = {
    "nom",   "adj",    "adv",  "v",    "det",  "prep", "pro",  "mg",   "npr",  "cjco",
    "cjsub", "negadv", "infi", "ppas", "ppre", "ipre", "iimp", "ipsi", "ifut", "cond",
    "spre",  "simp",   "impe", "1sg",  "2sg",  "3sg",  "1pl",  "2pl",  "3pl",  "sg",
    "pl",    "inv",    "mas",  "fem",  "epi",  "1pe",  "2pe",  "3pe"};

bool is_special(char c) {
    switch (c) {
    case ' ':
    case '\t':
    case '(':
    case ')':
    case '[':
    case ']':
    case '|':
    case '/':
    case '?':
    case '"':
    case '^':
    case '@':
    case '*':
    case '#':
        return true;
    default:
        return false;
    }
}

struct Node;
using NodeSequence = std::vector<Node>;

struct Node {
    enum class Kind { atom, group, flag_open, flag_close };
    Kind kind = Kind::atom;
    PatternAtom atom;
    std::vector<NodeSequence> alternatives; // Kind::group
    bool optional = false;
};

struct Suffixes {
    std::vector<std::string> tags;
    std::vector<std::string> excluded_tags;
    bool optional = false;
};

void add_tags(NodeSequence& nodes, const Suffixes& suffixes) {
    for (Node& node : nodes) {
        if (node.kind == Node::Kind::atom) {
            auto& tags = node.atom.tags;
            tags.insert(tags.end(), suffixes.tags.begin(), suffixes.tags.end());
            auto& excluded = node.atom.excluded_tags;
            excluded.insert(excluded.end(), suffixes.excluded_tags.begin(),
                            suffixes.excluded_tags.end());
        } else if (node.kind == Node::Kind::group) {
            for (NodeSequence& alternative : node.alternatives)
                add_tags(alternative, suffixes);
        }
    }
}

class PatternParser {
public:
    PatternParser(std::string_view text, const PatternSets& sets, const LanguageProfile& profile,
                  bool allow_flag)
        : text_(text), sets_(sets), profile_(profile), allow_flag_(allow_flag) {}

    Result<std::vector<PatternSequence>> parse() {
        skip_spaces();
        bool sentence_start = false;
        if (peek() == '^') {
            sentence_start = true;
            ++pos_;
        }
        NodeSequence top;
        if (auto status = parse_sequence(top, false); !status)
            return status.error();
        if (pos_ < text_.size())
            return error("unexpected '" + std::string(1, text_[pos_]) + "'");
        if (flag_open_ != flag_close_)
            return error("'[' without its ']'");
        auto expanded = expand(top);
        if (!expanded)
            return expanded.error();
        std::vector<PatternSequence> sequences;
        for (Expansion& expansion : expanded.value()) {
            PatternSequence sequence;
            sequence.sentence_start = sentence_start;
            for (const PatternAtom* atom : expansion.atoms)
                sequence.atoms.push_back(*atom);
            sequence.flag_begin = flag_open_ ? expansion.flag_begin : 0;
            sequence.flag_end = flag_open_ ? expansion.flag_end : sequence.atoms.size();
            if (sequence.atoms.empty())
                return Error{"the pattern matches no word in one of its forms"};
            if (sequence.flag_begin >= sequence.flag_end)
                return Error{"the reported part [...] is empty in one of the pattern's forms"};
            if (std::none_of(
                    sequence.atoms.begin(), sequence.atoms.end(),
                    [](const PatternAtom& atom) { return atom.kind == PatternAtom::Kind::word; }))
                return Error{"a pattern needs at least one word besides * and #"};
            sequences.push_back(std::move(sequence));
        }
        return sequences;
    }

private:
    struct Expansion {
        std::vector<const PatternAtom*> atoms;
        std::size_t flag_begin = 0;
        std::size_t flag_end = 0;
    };

    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

    void skip_spaces() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t'))
            ++pos_;
    }

    Error error(const std::string& message) const { return error_at(pos_, message); }

    // Columns count code points, as every medloc position does.
    Error error_at(std::size_t position, const std::string& message) const {
        const std::size_t column = utf8::length(text_.substr(0, position)) + 1;
        return Error{"column " + std::to_string(column) + ": " + message};
    }

    // Elements up to the end, or up to ')' or '|' inside a group.
    Status parse_sequence(NodeSequence& out, bool in_group) {
        while (true) {
            skip_spaces();
            const char c = peek();
            if (c == '\0' || (in_group && (c == ')' || c == '|')))
                return ok_status();
            if (c == ')')
                return error("')' without its '('");
            if (c == '[' || c == ']') {
                if (!allow_flag_)
                    return error("an `unless` pattern reports nothing: no '[' or ']'");
                if (in_group)
                    return error("'" + std::string(1, c) + "' inside a group");
                if ((c == '[' && flag_open_) || (c == ']' && (!flag_open_ || flag_close_)))
                    return error("one '[' then one ']' per pattern");
                Node node;
                node.kind = c == '[' ? Node::Kind::flag_open : Node::Kind::flag_close;
                (c == '[' ? flag_open_ : flag_close_) = true;
                ++pos_;
                out.push_back(std::move(node));
                continue;
            }
            if (auto status = parse_element(out, in_group); !status)
                return status;
        }
    }

    Status parse_element(NodeSequence& out, bool in_group) {
        const char c = peek();
        if (c == '(') {
            ++pos_;
            Node group;
            group.kind = Node::Kind::group;
            while (true) {
                NodeSequence alternative;
                if (auto status = parse_sequence(alternative, true); !status)
                    return status;
                if (alternative.empty())
                    return error("empty alternative in a group");
                group.alternatives.push_back(std::move(alternative));
                if (peek() == '|') {
                    ++pos_;
                    continue;
                }
                if (peek() != ')')
                    return error("'(' without its ')'");
                ++pos_;
                break;
            }
            auto suffixes = parse_suffixes();
            if (!suffixes)
                return suffixes.error();
            for (NodeSequence& alternative : group.alternatives)
                add_tags(alternative, suffixes.value());
            group.optional = suffixes.value().optional;
            out.push_back(merged(std::move(group)));
            return ok_status();
        }
        if (c == '^')
            return error("'^' only at the start of a pattern");
        if (c == '|' || c == '/' || c == '?')
            return error("'" + std::string(1, c) + "' without a word before it");

        PatternAtom atom;
        std::optional<PatternAtom> elided; // l’ of l’intérieur: a word of its own
        if (c == '*' || c == '#') {
            atom.kind = c == '*' ? PatternAtom::Kind::any : PatternAtom::Kind::number;
            ++pos_;
        } else if (c == '@') {
            const std::size_t at = pos_++;
            const std::size_t start = pos_;
            while (pos_ < text_.size() && !is_special(text_[pos_]))
                ++pos_;
            const std::string_view name = text_.substr(start, pos_ - start);
            auto set = sets_.find(name);
            if (set == sets_.end())
                return error_at(at, "no [set " + std::string(name) + "] defined");
            atom.choices = set->second;
        } else {
            while (true) {
                auto choice = parse_choice();
                if (!choice)
                    return choice.error();
                atom.choices.push_back(std::move(choice).value());
                // Outside groups, a|b without spaces is one word with two choices; inside a
                // group '|' separates the group's alternatives.
                if (in_group || peek() != '|')
                    break;
                ++pos_;
            }
            if (auto split = split_elision(atom); !split)
                return split.error();
            else if (split.value())
                elided = std::move(*split.value());
        }
        auto suffixes = parse_suffixes();
        if (!suffixes)
            return suffixes.error();
        if (atom.kind == PatternAtom::Kind::number && !suffixes.value().tags.empty())
            return error("# (a number) takes no tags");
        atom.tags = suffixes.value().tags;
        atom.excluded_tags = suffixes.value().excluded_tags;
        if (!elided) {
            Node node;
            node.atom = std::move(atom);
            node.optional = suffixes.value().optional;
            out.push_back(std::move(node));
            return ok_status();
        }
        // "l'intérieur?" : the elided word and its word are optional together.
        Node group;
        group.kind = Node::Kind::group;
        group.optional = suffixes.value().optional;
        NodeSequence pair(2);
        pair[0].atom = std::move(*elided);
        pair[1].atom = std::move(atom);
        group.alternatives.push_back(std::move(pair));
        out.push_back(std::move(group));
        return ok_status();
    }

    // (le|ce|votre) is one word with three choices, not three forms of the pattern.
    static Node merged(Node group) {
        const NodeSequence& first = group.alternatives.front();
        auto single_word = [&](const NodeSequence& alternative) {
            return alternative.size() == 1 && alternative[0].kind == Node::Kind::atom &&
                   !alternative[0].optional &&
                   alternative[0].atom.kind == PatternAtom::Kind::word &&
                   alternative[0].atom.tags == first[0].atom.tags &&
                   alternative[0].atom.excluded_tags == first[0].atom.excluded_tags;
        };
        if (!std::all_of(group.alternatives.begin(), group.alternatives.end(), single_word))
            return group;
        Node node;
        node.optional = group.optional;
        node.atom = first[0].atom;
        node.atom.choices.clear();
        for (const NodeSequence& alternative : group.alternatives)
            for (const PatternAtom::Choice& choice : alternative[0].atom.choices)
                node.atom.choices.push_back(choice);
        return node;
    }

    Result<PatternAtom::Choice> parse_choice() {
        PatternAtom::Choice choice;
        std::size_t start = pos_;
        if (peek() == '"') {
            ++pos_;
            start = pos_;
            while (pos_ < text_.size() && text_[pos_] != '"')
                ++pos_;
            if (pos_ >= text_.size())
                return error("'\"' without its closing '\"'");
            choice.exact = true;
            choice.text = normalise_word(text_.substr(start, pos_ - start));
            ++pos_;
            if (choice.text.empty() || choice.text.find_first_of(" \t") != std::string::npos)
                return error("a \"form\" is one word");
            return choice;
        }
        while (pos_ < text_.size() && !is_special(text_[pos_]))
            ++pos_;
        if (pos_ == start)
            return error(peek() == '\0'
                             ? "a word is missing at the end"
                             : "a word is missing before '" + std::string(1, peek()) + "'");
        choice.text = normalise_word(text_.substr(start, pos_ - start));
        return choice;
    }

    // "l'intérieur" is two words in text (l' and intérieur), and so in patterns. Returns
    // the elided word when the atom's one choice starts with one, leaving the rest in `atom`.
    Result<std::optional<PatternAtom>> split_elision(PatternAtom& atom) {
        for (PatternAtom::Choice& choice : atom.choices) {
            const std::size_t length = elision_length(choice.text, profile_);
            if (length == 0)
                continue;
            if (length == choice.text.size()) {
                choice.exact = true; // "l'" written alone is that form
                continue;
            }
            if (atom.choices.size() > 1)
                return error("an elided word (" + choice.text +
                             ") cannot be one of several choices: use a group ( … | … )");
            PatternAtom prefix;
            prefix.choices.push_back({choice.text.substr(0, length), true});
            choice.text.erase(0, length);
            return std::optional<PatternAtom>(std::move(prefix));
        }
        return std::optional<PatternAtom>();
    }

    Result<Suffixes> parse_suffixes() {
        Suffixes suffixes;
        while (peek() == '/') {
            ++pos_;
            bool excluded = false;
            if (peek() == '!') {
                excluded = true;
                ++pos_;
            }
            const std::size_t start = pos_;
            while (pos_ < text_.size() && !is_special(text_[pos_]))
                ++pos_;
            const std::string tag(text_.substr(start, pos_ - start));
            if (!is_known_tag(tag))
                return error("unknown tag '" + tag + "' (docs/formats/usage.md lists the tags)");
            (excluded ? suffixes.excluded_tags : suffixes.tags).push_back(tag);
        }
        if (peek() == '?') {
            suffixes.optional = true;
            ++pos_;
        }
        if (pos_ < text_.size() && !is_special(text_[pos_]))
            return error("a space is missing before '" + std::string(1, text_[pos_]) + "'");
        return suffixes;
    }

    Result<std::vector<Expansion>> expand(const NodeSequence& nodes) const {
        std::vector<Expansion> expansions(1);
        for (const Node& node : nodes) {
            std::vector<Expansion> next;
            auto add = [&](Expansion expansion) -> bool {
                if (next.size() >= kMaxSequencesPerPattern)
                    return false;
                next.push_back(std::move(expansion));
                return true;
            };
            for (const Expansion& partial : expansions) {
                if (node.optional && !add(partial))
                    return too_many();
                switch (node.kind) {
                case Node::Kind::flag_open: {
                    Expansion e = partial;
                    e.flag_begin = e.atoms.size();
                    if (!add(std::move(e)))
                        return too_many();
                    break;
                }
                case Node::Kind::flag_close: {
                    Expansion e = partial;
                    e.flag_end = e.atoms.size();
                    if (!add(std::move(e)))
                        return too_many();
                    break;
                }
                case Node::Kind::atom: {
                    Expansion e = partial;
                    e.atoms.push_back(&node.atom);
                    if (!add(std::move(e)))
                        return too_many();
                    break;
                }
                case Node::Kind::group:
                    for (const NodeSequence& alternative : node.alternatives) {
                        auto inner = expand(alternative);
                        if (!inner)
                            return inner.error();
                        for (const Expansion& tail : inner.value()) {
                            Expansion e = partial;
                            e.atoms.insert(e.atoms.end(), tail.atoms.begin(), tail.atoms.end());
                            if (!add(std::move(e)))
                                return too_many();
                        }
                    }
                    break;
                }
            }
            expansions = std::move(next);
        }
        return expansions;
    }

    static Error too_many() {
        return Error{"the pattern has more than " + std::to_string(kMaxSequencesPerPattern) +
                     " forms (alternatives times optional words): split it"};
    }

    std::string_view text_;
    const PatternSets& sets_;
    const LanguageProfile& profile_;
    bool allow_flag_;
    std::size_t pos_ = 0;
    bool flag_open_ = false;
    bool flag_close_ = false;
};

} // namespace

std::string normalise_word(std::string_view word) {
    std::string folded = fold_case(to_nfc(word));
    std::string result;
    result.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        // ’ (E2 80 99) and ‘ (E2 80 98) -> '
        if (static_cast<unsigned char>(folded[i]) == 0xE2 && i + 2 < folded.size() &&
            static_cast<unsigned char>(folded[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(folded[i + 2]) == 0x99 ||
             static_cast<unsigned char>(folded[i + 2]) == 0x98)) {
            result += '\'';
            i += 2;
            continue;
        }
        result += folded[i];
    }
    return result;
}

bool is_known_tag(std::string_view tag) {
    return std::find(kKnownTags.begin(), kKnownTags.end(), tag) != kKnownTags.end();
}

Result<PatternAtom::Choice> parse_set_word(std::string_view word) {
    PatternAtom::Choice choice;
    if (word.size() >= 2 && word.front() == '"' && word.back() == '"') {
        choice.exact = true;
        word = word.substr(1, word.size() - 2);
    }
    for (char c : word)
        if (is_special(c))
            return Error{"a set word holds no spaces or pattern signs: '" + std::string(word) +
                         "'"};
    if (word.empty())
        return Error{"empty word in a set"};
    choice.text = normalise_word(word);
    return choice;
}

Result<std::vector<PatternSequence>> parse_pattern(std::string_view pattern,
                                                   const PatternSets& sets,
                                                   const LanguageProfile& profile,
                                                   bool allow_flag) {
    return PatternParser(pattern, sets, profile, allow_flag).parse();
}

} // namespace medloc
