#pragma once

#include "core/finding.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// One message of medloc's catalogue in every language it speaks: ICU MessageFormat
// patterns with named arguments ({word}) and plural rules ({count, plural, one {…}
// other {…}}), English first. English is the text medloc has always printed.
struct CatalogueEntry {
    std::string_view id;
    std::string_view english;
    std::string_view french;
};

std::span<const CatalogueEntry> message_catalogue();

// Whether `language` ("fr", "fr-FR", "fr_FR.UTF-8"...) is French, the one language besides
// English that medloc speaks.
bool is_french(std::string_view language);

// A list argument (see MessageArgument): each item quoted the way the message's language
// quotes.
MessageArgument quoted_list(std::string name, std::vector<std::string> items);

// The message `id` in `language` ("fr", "fr-FR"... French; anything else English),
// its arguments filled in; an unknown id gives the id itself, a pattern that fails to
// format the English one. Counts are written without grouping in English ("1234", as
// medloc always printed them) and grouped in French ("1 234"). An argument named
// `language` is a language code, one named `script` a script's Unicode name ("Greek"):
// patterns may also name {language_name} and {script_name}, what they are called in the
// message's language ("German", "allemand"; "Greek", "grec").
std::string format_message(std::string_view id, const std::vector<MessageArgument>& arguments,
                           std::string_view language);

// The same without a fallback: nothing when the catalogue has no `id` or ICU cannot format
// its pattern in `language` with these arguments.
std::optional<std::string> try_format_message(std::string_view id,
                                              const std::vector<MessageArgument>& arguments,
                                              std::string_view language);

// "fr" when the locale of the environment (LC_ALL, else LC_MESSAGES, else LANG) is French,
// else "en": CI logs, whose locale is C or English, stay English.
std::string language_from_environment();

// Sets a finding's message from the catalogue, in English, keeping its id and arguments
// so that output in another language can say the same (localized_message).
void set_message(Finding& finding, std::string_view id, std::vector<MessageArgument> arguments);

// The finding's message in `language`: from the catalogue when it has an id, else as is.
std::string localized_message(const Finding& finding, std::string_view language);

} // namespace medloc
