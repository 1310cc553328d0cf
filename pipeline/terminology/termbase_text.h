#pragma once

#include "terminology/termbase.h"

#include <string>
#include <string_view>
#include <vector>

namespace medloc {

// What `medloc terms` shows of a termbase, as text for a terminal (names from the file
// made printable).

// A concept in every language: its id and subject field, notes, then per language section
// the definition and each term with its status, part of speech, type and note.
std::string describe_concept(const Concept& entry);

// The file, its format, the number of concepts, and per locale the terms by status.
std::string termbase_stats(const Termbase& termbase);

// The concepts, in file order, whose id is `wanted` or that have a term equal to it once
// both are in NFC and case-folded ("FIÈVRE" finds "fièvre").
std::vector<const Concept*> look_up_concepts(const Termbase& termbase, std::string_view wanted);

} // namespace medloc
