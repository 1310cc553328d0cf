#pragma once

#include "engine/parallel_run.h"

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <utility>

namespace medloc {

// How far workers may run ahead of the next item to deliver. Always `items` (0: four per
// job). Further, up to `most_items`, while the results waiting weigh less than `budget` by
// `weight` (bytes, say): cheap results (a file whose findings came from the cache) then keep
// the workers busy while one slow item (a file checked from scratch) holds up delivery, and
// what waits stays bounded by the budget plus one result per job.
template <typename Value>
struct OrderedWindow {
    std::size_t items = 0;
    std::function<std::size_t(const Value&)> weight = {};
    std::size_t budget = 0;
    std::size_t most_items = 1u << 16;
};

// run_parallel, with each item's result handed on in item order: `deliver(i, result)` is
// called for i = 0, 1, ... one call at a time, as soon as item i and every item before it
// are done. A result that is done early waits; how many may wait is the window's, so what
// waits is bounded whatever the item count.
// `deliver` runs on whichever worker completed the next item, outside the lock that guards
// the waiting results, so the other workers go on meanwhile.
// An exception in `work` or `deliver` stops the run as run_parallel's do: no item is started
// or delivered after it, the workers waiting for room return, and the Error names the item.
template <typename Value>
Status run_in_order(std::size_t count, const std::function<Value(std::size_t)>& work,
                    const std::function<void(std::size_t, Value&&)>& deliver,
                    const ParallelOptions& options, const OrderedWindow<Value>& window) {
    const std::size_t slots =
        window.items > 0 ? window.items : 4 * static_cast<std::size_t>(std::max(options.jobs, 1));
    const std::size_t most = std::max(slots, window.weight ? window.most_items : slots);
    std::mutex mutex;
    std::condition_variable room;
    std::map<std::size_t, std::pair<Value, std::size_t>> waiting; // result and its weight
    std::size_t waiting_weight = 0;
    std::size_t next = 0;    // the next item to deliver
    bool delivering = false; // a worker is delivering: the others leave their results
    bool stopped = false;
    const auto may_start = [&](std::size_t i) {
        // Item `next` is always running or done, so this never waits on itself.
        return i < next + slots || (i < next + most && waiting_weight < window.budget);
    };
    const auto item = [&](std::size_t i) {
        {
            std::unique_lock lock(mutex);
            room.wait(lock, [&] { return stopped || may_start(i); });
            if (stopped)
                return;
        }
        try {
            Value result = work(i);
            const std::size_t weight = window.weight ? window.weight(result) : 0;
            std::unique_lock lock(mutex);
            waiting.emplace(i, std::pair<Value, std::size_t>(std::move(result), weight));
            waiting_weight += weight;
            if (delivering)
                return;
            delivering = true;
            while (!stopped && !waiting.empty() && waiting.begin()->first == next) {
                const auto first = waiting.begin();
                Value ready = std::move(first->second.first);
                waiting_weight -= first->second.second;
                waiting.erase(first);
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

template <typename Value>
Status run_in_order(std::size_t count, const std::function<Value(std::size_t)>& work,
                    const std::function<void(std::size_t, Value&&)>& deliver,
                    const ParallelOptions& options, std::size_t window = 0) {
    return run_in_order<Value>(count, work, deliver, options, OrderedWindow<Value>{window});
}

} // namespace medloc
