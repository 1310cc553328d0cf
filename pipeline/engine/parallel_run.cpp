#include "engine/parallel_run.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>
#include <vector>

namespace medloc {

int max_parallel_jobs() {
    return 2 * static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

int effective_jobs(int requested) {
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return std::clamp(requested > 0 ? requested : cores, 1, max_parallel_jobs());
}

std::string describe_exception(std::exception_ptr exception) {
    try {
        std::rethrow_exception(exception);
    } catch (const std::bad_alloc&) {
        return "out of memory";
    } catch (const std::system_error& error) {
        return error.what();
    } catch (const std::exception& error) {
        return std::string("internal error: ") + error.what();
    } catch (...) {
        return "internal error: an unknown exception";
    }
}

namespace {

// Joins the threads it holds when it goes, whatever ends the scope.
class ThreadGroup {
public:
    ~ThreadGroup() {
        for (std::thread& thread : threads_)
            if (thread.joinable())
                thread.join();
    }
    // Room for `count` threads, made before any starts: adding one then never allocates (a
    // thread dropped unjoined would end the process).
    void reserve(std::size_t count) { threads_.reserve(count); }
    void add(std::thread thread) { threads_.push_back(std::move(thread)); }

private:
    std::vector<std::thread> threads_;
};

} // namespace

Status run_parallel(std::size_t count, const std::function<void(std::size_t)>& work,
                    const ParallelOptions& options) {
    std::atomic<std::size_t> next{0};
    std::mutex failure_mutex;
    std::exception_ptr failure;
    std::size_t failed_item = 0;
    // Never throws: an exception becomes the run's failure and stops the handing out.
    const auto worker = [&]() noexcept {
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                work(i);
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                if (!failure) {
                    failure = std::current_exception();
                    failed_item = i;
                }
                next = count;
                return;
            }
        }
    };
    const std::size_t threads = std::clamp<std::size_t>(
        static_cast<std::size_t>(std::max(options.jobs, 1)), 1, std::max<std::size_t>(count, 1));
    {
        ThreadGroup group;
        group.reserve(threads);
        for (std::size_t t = 1; t < threads; ++t) {
            try {
                group.add(options.start_thread ? options.start_thread(worker)
                                               : std::thread(worker));
            } catch (const std::system_error&) { // EAGAIN: no thread to be had
                break; // the threads that run, this one among them, share the work
            } catch (const std::bad_alloc&) {
                break;
            }
        }
        worker();
    } // every thread joined here
    if (failure) {
        const std::string what = describe_exception(failure);
        return Error{options.describe ? what + " while " + options.describe(failed_item) : what};
    }
    return ok_status();
}

} // namespace medloc
