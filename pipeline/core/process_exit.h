#pragma once

#include <memory>
#include <vector>

namespace medloc {

// Hands `object` to the end of the process: it is never destroyed, and the system takes its
// memory back when the process exits. For what a command-line run builds last and frees
// slowly (Hunspell dictionaries of hundreds of thousands of entries take longer to free than
// a warm check of thousands of files). Only for a process that ends after the command: a
// long-lived caller would keep what it hands over. The object stays reachable, so leak
// checkers do not report it.
template <typename T>
void leave_to_process_exit(std::unique_ptr<T> object) {
    // Never freed, on purpose (a static vector's destructor would run at exit).
    static auto* const kept = new std::vector<std::shared_ptr<void>>();
    kept->push_back(std::shared_ptr<void>(object.release(), [](void*) {}));
}

} // namespace medloc
