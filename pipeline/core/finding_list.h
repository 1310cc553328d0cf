#pragma once

#include "core/finding.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// The findings of one file, held compactly. One big article can have hundreds of
// thousands of findings, and a Finding with its strings takes several hundred bytes, most
// of them the same from one finding to the next (rule ids, file, messages, arguments).
// Here a finding is a few variable-length integers that refer to the list's table of
// distinct strings: a few tens of bytes. Findings are read back whole and by value; a
// filter rebuilds the list.
class FindingList {
public:
    FindingList() = default;
    FindingList(const std::vector<Finding>& findings);    // NOLINT: a value conversion
    FindingList(std::initializer_list<Finding> findings); // NOLINT: a value conversion

    void push_back(const Finding& finding);

    std::size_t size() const { return starts_.size(); }
    bool empty() const { return starts_.empty(); }
    Finding at(std::size_t index) const;
    Finding operator[](std::size_t index) const { return at(index); }
    Finding front() const { return at(0); }
    Finding back() const { return at(size() - 1); }
    std::vector<Finding> to_vector() const;
    // The heap memory the list holds (what a result waiting for its turn costs).
    std::size_t memory_bytes() const {
        return texts_.capacity() + records_.capacity() +
               sizeof(std::uint32_t) * (text_ends_.capacity() + text_slots_.capacity()) +
               sizeof(std::size_t) * starts_.capacity();
    }

    // Keeps the findings that `keep` returns true for, as `keep` leaves them (it may change
    // a severity, say), in the same order.
    void keep_if(const std::function<bool(Finding&)>& keep);

    // The indices of the findings in report order (reported_before); equal findings keep
    // the order they came in.
    std::vector<std::uint32_t> report_order() const;

    // The list as bytes, for the result cache, and back. `parse` refuses (nullopt) any
    // bytes other than what `serialize` writes for some list.
    std::string serialize() const;
    static std::optional<FindingList> parse(std::string_view bytes);

    // Reads the findings one at a time, by value.
    class const_iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = Finding;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = Finding;

        const_iterator() = default;
        const_iterator(const FindingList* list, std::size_t index) : list_(list), index_(index) {}
        Finding operator*() const { return list_->at(index_); }
        const_iterator& operator++() {
            ++index_;
            return *this;
        }
        const_iterator operator++(int) {
            const_iterator before = *this;
            ++index_;
            return before;
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) {
            return a.index_ == b.index_;
        }

    private:
        const FindingList* list_ = nullptr;
        std::size_t index_ = 0;
    };
    using value_type = Finding;
    using iterator = const_iterator;
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    // What report order compares first, read without building the finding.
    struct Head {
        std::string_view file;
        std::int64_t line = 0;
        std::int64_t column = 0;
        std::string_view rule_id;
        std::string_view message;
    };
    struct VarintReader;
    class Reader;

    std::uint32_t intern(std::string_view text);
    std::string_view text_of(std::uint64_t id) const;
    void put_number(std::uint64_t value);
    void put_signed(std::int64_t value);
    void put_text(std::string_view text);
    Head head(std::size_t index) const;

    std::string texts_;                     // the distinct strings, one after another
    std::vector<std::uint32_t> text_ends_;  // where string i ends in texts_
    std::vector<std::uint32_t> text_slots_; // hash table of string ids (id + 1; 0: empty)
    std::string records_;                   // the findings, one after another
    std::vector<std::size_t> starts_;       // where finding i begins in records_
};

} // namespace medloc
