// The reader of result-cache rows (FindingList::parse): bytes an earlier run wrote, or
// anyone who could write the database.
// Properties: reading never crashes or reads outside the bytes; a list that reads is
// exactly what serialize() writes for its findings, and its report order is a permutation
// of them.

#include "core/finding_list.h"
#include "fuzz_support.h"

#include <algorithm>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace medloc;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto list = FindingList::parse(bytes);
    if (!list)
        return 0;
    fuzz::require(list->serialize() == bytes, "a list that reads is the bytes it writes");
    const FindingList again(list->to_vector());
    fuzz::require(again.serialize() == bytes, "its findings written again are the same bytes");
    std::vector<std::uint32_t> order = list->report_order();
    std::sort(order.begin(), order.end());
    for (std::size_t i = 0; i < order.size(); ++i)
        fuzz::require(order[i] == i, "report order is a permutation of the findings");
    return 0;
}
