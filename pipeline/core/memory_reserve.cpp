#include "core/memory_reserve.h"

#include <atomic>
#include <cstdlib>
#include <exception>
#include <new>

namespace medloc {

namespace {

// Two halves: the first lets the allocation that failed be tried again (it may be one that
// cannot throw, in a destructor); the second is kept for the unwinding that follows the
// next failure, which is thrown.
std::atomic<void*> g_retry{nullptr};
std::atomic<void*> g_unwinding{nullptr};

void on_allocation_failure() {
    if (void* reserve = g_retry.exchange(nullptr)) {
        std::free(reserve);
        return; // operator new tries again
    }
    if (std::uncaught_exceptions() > 0) {
        if (void* reserve = g_unwinding.exchange(nullptr)) {
            std::free(reserve);
            return;
        }
    }
    throw std::bad_alloc();
}

} // namespace

OutOfMemoryReserve::OutOfMemoryReserve(std::size_t bytes) {
    // Smaller when the address space is too tight for the whole of it.
    for (std::size_t half = bytes / 2; half >= (std::size_t{1} << 19) && !g_unwinding; half /= 2) {
        g_retry = std::malloc(half);
        g_unwinding = std::malloc(half);
        if (!g_unwinding)
            std::free(g_retry.exchange(nullptr));
    }
    std::set_new_handler(on_allocation_failure);
}

OutOfMemoryReserve::~OutOfMemoryReserve() {
    std::set_new_handler(nullptr);
    std::free(g_retry.exchange(nullptr));
    std::free(g_unwinding.exchange(nullptr));
}

} // namespace medloc
