#include "language/sentence_finder.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

namespace medloc {

std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t offset,
                                                    const std::string& locale) {
    if (text.empty())
        return {0, 0};
    if (offset >= text.size())
        offset = text.size() - 1;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status) || !iterator) {
        utext_close(utext);
        return {0, text.size()};
    }
    // UText over UTF-8: the iterator's boundaries are byte offsets.
    iterator->setText(utext, status);
    std::size_t end = text.size();
    const int32_t after = iterator->following(static_cast<int32_t>(offset));
    if (after != icu::BreakIterator::DONE)
        end = static_cast<std::size_t>(after);
    const int32_t before = iterator->preceding(static_cast<int32_t>(offset) + 1);
    const std::size_t begin =
        before == icu::BreakIterator::DONE ? 0 : static_cast<std::size_t>(before);
    utext_close(utext);
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t'))
        --end;
    return {begin, end};
}

} // namespace medloc
