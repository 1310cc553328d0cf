#pragma once

#include <cstddef>

namespace medloc {

// Memory set aside at start for the moment an allocation fails. Running out ends a run
// with an exception (std::bad_alloc) whose unwinding destroys what was built, and some
// destructors allocate (nlohmann's json frees a large tree through a stack it allocates,
// inside a noexcept destructor): without memory to do it, std::terminate. While an instance
// lives, the new-handler frees half of the reserve on the first failure and lets the
// allocation be tried again (it may be one that must not throw); on a later failure it
// throws std::bad_alloc, and frees the other half when the unwinding that follows needs
// memory, so that the unwinding, and the message, have room. The reserve is untouched
// address space: it costs no memory until it is freed. One per process (main).
class OutOfMemoryReserve {
public:
    explicit OutOfMemoryReserve(std::size_t bytes = std::size_t{32} << 20);
    ~OutOfMemoryReserve();
    OutOfMemoryReserve(const OutOfMemoryReserve&) = delete;
    OutOfMemoryReserve& operator=(const OutOfMemoryReserve&) = delete;
};

} // namespace medloc
