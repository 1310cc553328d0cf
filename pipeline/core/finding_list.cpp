#include "core/finding_list.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <tuple>

namespace medloc {

namespace {

constexpr std::string_view kMagic = "medloc-findings-1\n";

std::uint64_t zigzag(std::int64_t value) {
    return (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
}

std::int64_t unzigzag(std::uint64_t value) {
    return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
}

void put_varint(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

} // namespace

// Reads what put_varint wrote, from `at`; past the end or more than 64 bits, `failed`.
struct FindingList::VarintReader {
    std::string_view bytes;
    std::size_t at = 0;
    bool failed = false;

    std::uint64_t number() {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= bytes.size()) {
                failed = true;
                return 0;
            }
            const auto byte = static_cast<unsigned char>(bytes[at++]);
            value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        failed = true;
        return 0;
    }
    std::int64_t signed_number() { return unzigzag(number()); }
    int int_number() {
        const std::int64_t value = signed_number();
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
            failed = true;
            return 0;
        }
        return static_cast<int>(value);
    }
};

// Decodes the records of a list; every string id is checked against its table.
class FindingList::Reader {
public:
    Reader(const FindingList& list, std::size_t at) : list_(list), in_{list.records_, at} {}

    bool failed() const { return in_.failed; }

    std::string_view text() {
        const std::uint64_t id = in_.number();
        if (id >= list_.text_ends_.size()) {
            in_.failed = true;
            return {};
        }
        return list_.text_of(id);
    }
    std::string string() { return std::string(text()); }
    std::uint64_t number() { return in_.number(); }
    std::int64_t signed_number() { return in_.signed_number(); }
    int int_number() { return in_.int_number(); }
    // A count of items that each take at least one byte: no more than the bytes left.
    std::size_t count() {
        const std::uint64_t n = in_.number();
        if (n > in_.bytes.size() - std::min(in_.at, in_.bytes.size())) {
            in_.failed = true;
            return 0;
        }
        return static_cast<std::size_t>(n);
    }

    Head head() {
        Head head;
        head.file = text();
        head.line = signed_number();
        head.column = signed_number();
        head.rule_id = text();
        head.message = text();
        return head;
    }

    Finding finding() {
        Finding finding;
        finding.file = string();
        finding.position.line = int_number();
        finding.position.column = int_number();
        finding.rule_id = string();
        finding.message = string();
        const std::uint64_t severity = number();
        if (severity > static_cast<std::uint64_t>(Severity::error))
            in_.failed = true;
        else
            finding.severity = static_cast<Severity>(severity);
        finding.document_id = string();
        finding.block_id = string();
        finding.locale = string();
        finding.flagged_text = string();
        finding.message_id = string();
        const std::size_t suggestions = count();
        for (std::size_t i = 0; i < suggestions && !failed(); ++i)
            finding.suggestions.push_back(string());
        if (number() != 0) {
            Fix fix;
            fix.offset = static_cast<std::size_t>(number());
            fix.length = static_cast<std::size_t>(number());
            fix.replacement = string();
            fix.start.line = int_number();
            fix.start.column = int_number();
            fix.end_column = int_number();
            finding.fix = std::move(fix);
        }
        const std::size_t arguments = count();
        for (std::size_t i = 0; i < arguments && !failed(); ++i) {
            MessageArgument argument;
            argument.name = string();
            argument.text = string();
            const std::uint64_t flags = number();
            argument.is_number = (flags & 1) != 0;
            argument.is_list = (flags & 2) != 0;
            const std::size_t items = count();
            for (std::size_t k = 0; k < items && !failed(); ++k)
                argument.items.push_back(string());
            finding.message_arguments.push_back(std::move(argument));
        }
        return finding;
    }

    std::size_t at() const { return in_.at; }

private:
    const FindingList& list_;
    VarintReader in_;
};

FindingList::FindingList(const std::vector<Finding>& findings) {
    for (const Finding& finding : findings)
        push_back(finding);
}

FindingList::FindingList(std::initializer_list<Finding> findings) {
    for (const Finding& finding : findings)
        push_back(finding);
}

std::string_view FindingList::text_of(std::uint64_t id) const {
    const std::size_t begin = id == 0 ? 0 : text_ends_[id - 1];
    return std::string_view(texts_).substr(begin, text_ends_[id] - begin);
}

std::uint32_t FindingList::intern(std::string_view text) {
    if (text_slots_.size() < 2 * (text_ends_.size() + 1)) {
        // Grows the table to keep it at most half full, placing every string again.
        std::vector<std::uint32_t> slots(std::max<std::size_t>(16, 4 * (text_ends_.size() + 1)));
        for (std::uint32_t id = 0; id < text_ends_.size(); ++id) {
            std::size_t slot = std::hash<std::string_view>{}(text_of(id)) % slots.size();
            while (slots[slot] != 0)
                slot = (slot + 1) % slots.size();
            slots[slot] = id + 1;
        }
        text_slots_ = std::move(slots);
    }
    std::size_t slot = std::hash<std::string_view>{}(text) % text_slots_.size();
    while (text_slots_[slot] != 0) {
        if (text_of(text_slots_[slot] - 1) == text)
            return text_slots_[slot] - 1;
        slot = (slot + 1) % text_slots_.size();
    }
    if (texts_.size() + text.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("the findings of one file hold more than 4 GiB of text");
    texts_.append(text);
    text_ends_.push_back(static_cast<std::uint32_t>(texts_.size()));
    const auto id = static_cast<std::uint32_t>(text_ends_.size() - 1);
    text_slots_[slot] = id + 1;
    return id;
}

void FindingList::put_number(std::uint64_t value) {
    put_varint(records_, value);
}

void FindingList::put_signed(std::int64_t value) {
    put_varint(records_, zigzag(value));
}

void FindingList::put_text(std::string_view text) {
    put_number(intern(text));
}

void FindingList::push_back(const Finding& finding) {
    starts_.push_back(records_.size());
    // Head first: report order reads these five alone.
    put_text(finding.file);
    put_signed(finding.position.line);
    put_signed(finding.position.column);
    put_text(finding.rule_id);
    put_text(finding.message);
    put_number(static_cast<std::uint64_t>(finding.severity));
    put_text(finding.document_id);
    put_text(finding.block_id);
    put_text(finding.locale);
    put_text(finding.flagged_text);
    put_text(finding.message_id);
    put_number(finding.suggestions.size());
    for (const std::string& suggestion : finding.suggestions)
        put_text(suggestion);
    put_number(finding.fix ? 1 : 0);
    if (finding.fix) {
        put_number(finding.fix->offset);
        put_number(finding.fix->length);
        put_text(finding.fix->replacement);
        put_signed(finding.fix->start.line);
        put_signed(finding.fix->start.column);
        put_signed(finding.fix->end_column);
    }
    put_number(finding.message_arguments.size());
    for (const MessageArgument& argument : finding.message_arguments) {
        put_text(argument.name);
        put_text(argument.text);
        put_number((argument.is_number ? 1 : 0) | (argument.is_list ? 2 : 0));
        put_number(argument.items.size());
        for (const std::string& item : argument.items)
            put_text(item);
    }
}

Finding FindingList::at(std::size_t index) const {
    if (index >= starts_.size())
        throw std::out_of_range("finding " + std::to_string(index) + " of " +
                                std::to_string(starts_.size()));
    Reader reader(*this, starts_[index]);
    Finding finding = reader.finding();
    if (reader.failed()) // what push_back wrote, or parse read through: never
        throw std::logic_error("finding " + std::to_string(index) + " does not read back");
    return finding;
}

FindingList::Head FindingList::head(std::size_t index) const {
    Reader reader(*this, starts_[index]);
    return reader.head();
}

std::vector<Finding> FindingList::to_vector() const {
    std::vector<Finding> findings;
    findings.reserve(size());
    for (std::size_t i = 0; i < size(); ++i)
        findings.push_back(at(i));
    return findings;
}

void FindingList::keep_if(const std::function<bool(Finding&)>& keep) {
    FindingList kept;
    for (std::size_t i = 0; i < size(); ++i) {
        Finding finding = at(i);
        if (keep(finding))
            kept.push_back(finding);
    }
    *this = std::move(kept);
}

std::vector<std::uint32_t> FindingList::report_order() const {
    if (size() > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("more than 2^32 findings in one file");
    // Sorts small keys: the rank of the finding's file among the list's files, its line and
    // column. Only findings at the same place read their rule id and message.
    struct Key {
        std::uint32_t file_rank;
        std::int64_t line;
        std::int64_t column;
        std::uint32_t index;
    };
    std::vector<Key> keys(size());
    std::vector<std::string_view> files;
    for (std::uint32_t i = 0; i < keys.size(); ++i) {
        const Head h = head(i);
        if (files.empty() || files.back() != h.file)
            files.push_back(h.file);
        keys[i] = {0, h.line, h.column, i};
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    if (files.size() > 1)
        for (Key& key : keys)
            key.file_rank = static_cast<std::uint32_t>(
                std::lower_bound(files.begin(), files.end(), head(key.index).file) - files.begin());
    std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        if (std::tie(a.file_rank, a.line, a.column) != std::tie(b.file_rank, b.line, b.column))
            return std::tie(a.file_rank, a.line, a.column) <
                   std::tie(b.file_rank, b.line, b.column);
        const Head ha = head(a.index);
        const Head hb = head(b.index);
        if (std::tie(ha.rule_id, ha.message) != std::tie(hb.rule_id, hb.message))
            return std::tie(ha.rule_id, ha.message) < std::tie(hb.rule_id, hb.message);
        return a.index < b.index;
    });
    std::vector<std::uint32_t> order(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        order[i] = keys[i].index;
    return order;
}

std::string FindingList::serialize() const {
    std::string out(kMagic);
    put_varint(out, text_ends_.size());
    for (std::size_t id = 0; id < text_ends_.size(); ++id) {
        const std::string_view text = text_of(id);
        put_varint(out, text.size());
        out.append(text);
    }
    put_varint(out, starts_.size());
    put_varint(out, records_.size());
    out.append(records_);
    return out;
}

std::optional<FindingList> FindingList::parse(std::string_view bytes) {
    if (!bytes.starts_with(kMagic))
        return std::nullopt;
    VarintReader in{bytes, kMagic.size()};
    FindingList list;
    const std::uint64_t texts = in.number();
    if (in.failed || texts > bytes.size())
        return std::nullopt;
    for (std::uint64_t id = 0; id < texts; ++id) {
        const std::uint64_t length = in.number();
        if (in.failed || length > bytes.size() - in.at ||
            list.texts_.size() + length > std::numeric_limits<std::uint32_t>::max())
            return std::nullopt;
        list.texts_.append(bytes.substr(in.at, static_cast<std::size_t>(length)));
        list.text_ends_.push_back(static_cast<std::uint32_t>(list.texts_.size()));
        in.at += static_cast<std::size_t>(length);
    }
    const std::uint64_t findings = in.number();
    const std::uint64_t record_bytes = in.number();
    if (in.failed || record_bytes != bytes.size() - in.at || findings > record_bytes)
        return std::nullopt;
    list.records_ = std::string(bytes.substr(in.at));
    // Every record is read once, which checks it and tells where the next one begins, and
    // written again: only the bytes serialize() gives for these findings are accepted (no
    // overlong number, unused or repeated string, flag serialize() never sets).
    FindingList written;
    std::size_t at = 0;
    for (std::uint64_t i = 0; i < findings; ++i) {
        Reader reader(list, at);
        const Finding finding = reader.finding();
        if (reader.failed())
            return std::nullopt;
        written.push_back(finding);
        at = reader.at();
    }
    if (at != list.records_.size() || written.serialize() != bytes)
        return std::nullopt;
    return written;
}

} // namespace medloc
