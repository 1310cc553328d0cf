#pragma once

#include "core/result.h"

#include <cstddef>
#include <exception>
#include <functional>
#include <string>
#include <thread>

namespace medloc {

// The most threads a run uses: twice the cores the machine reports (at least two). Each
// thread holds its own Hunspell dictionaries and parser state (tens of megabytes), so that
// `--jobs 1000` on a laptop would be gigabytes for no gain.
int max_parallel_jobs();

// `requested` jobs (0: one per core) within [1, max_parallel_jobs()].
int effective_jobs(int requested);

// Calls `work(i)` for every i in [0, count) on up to `jobs` threads, the calling thread
// among them. A thread that cannot start (the system is out of threads or memory) is not an
// error: the threads that run do its share. The first exception a call throws stops the
// handing out of items; every thread is joined; the Error then names the item
// (`describe(i)`) and what went wrong ("out of memory while checking content/a.xml").
// `start_thread`, for tests, stands for std::thread's constructor: it returns a thread
// running its argument, or throws std::system_error as the constructor does.
struct ParallelOptions {
    int jobs = 1;
    std::function<std::string(std::size_t)> describe;               // "checking content/a.xml"
    std::function<std::thread(std::function<void()>)> start_thread; // empty: std::thread
};
Status run_parallel(std::size_t count, const std::function<void(std::size_t)>& work,
                    const ParallelOptions& options);

// What an exception says to a user: "out of memory" for std::bad_alloc, its what()
// otherwise.
std::string describe_exception(std::exception_ptr exception);

} // namespace medloc
