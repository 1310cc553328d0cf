#pragma once

#include "engine/parallel_run.h"

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace medloc {

// run_parallel, with each item's result handed on in item order: `deliver(i, result)` is
// called for i = 0, 1, ... one call at a time, as soon as item i and every item before it
// are done. A result that is done early waits; at most `window` items (0: four per job) are
// started past the next one to deliver, so what waits is bounded whatever the item count.
// `deliver` runs on whichever worker completed the next item, outside the lock that guards
// the waiting results, so the other workers go on meanwhile.
// An exception in `work` or `deliver` stops the run as run_parallel's do: no item is started
// or delivered after it, the workers waiting for room return, and the Error names the item.
template <typename Value>
Status run_in_order(std::size_t count, const std::function<Value(std::size_t)>& work,
                    const std::function<void(std::size_t, Value&&)>& deliver,
                    const ParallelOptions& options, std::size_t window = 0) {
    const std::size_t slots =
        window > 0 ? window : 4 * static_cast<std::size_t>(std::max(options.jobs, 1));
    std::mutex mutex;
    std::condition_variable room;
    std::vector<std::optional<Value>> waiting(std::min(slots, std::max<std::size_t>(count, 1)));
    std::size_t next = 0;    // the next item to deliver
    bool delivering = false; // a worker is delivering: the others leave their results
    bool stopped = false;
    const auto item = [&](std::size_t i) {
        {
            std::unique_lock lock(mutex);
            // Item `next` is always running or done, so this never waits on itself.
            room.wait(lock, [&] { return stopped || i < next + waiting.size(); });
            if (stopped)
                return;
        }
        try {
            Value result = work(i);
            std::unique_lock lock(mutex);
            waiting[i % waiting.size()].emplace(std::move(result));
            if (delivering)
                return;
            delivering = true;
            while (!stopped && waiting[next % waiting.size()]) {
                std::optional<Value>& slot = waiting[next % waiting.size()];
                Value ready = std::move(*slot);
                slot.reset();
                const std::size_t index = next;
                lock.unlock();
                deliver(index, std::move(ready));
                lock.lock();
                ++next;
                room.notify_all();
            }
            delivering = false;
        } catch (...) {
            const std::lock_guard lock(mutex);
            stopped = true;
            room.notify_all();
            throw;
        }
    };
    return run_parallel(count, item, options);
}

} // namespace medloc
