#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>

namespace medloc {

// How long a run, and one file, may spend in Hunspell's suggestion search (about a second
// per unknown word far from every dictionary word). Zero: none at all.
struct SuggestionLimits {
    std::chrono::milliseconds per_run{60'000};
    std::chrono::milliseconds per_file{10'000};
};

// The run's share of suggestion time, shared by every thread. When it is spent, findings
// still appear, with the suggestions medloc's own typo model finds (cheap, and the same on
// every run) but without Hunspell's.
class SuggestionBudget {
public:
    explicit SuggestionBudget(SuggestionLimits limits = {}) : limits_(limits) {}

    const SuggestionLimits& limits() const { return limits_; }
    std::chrono::nanoseconds spent() const { return std::chrono::nanoseconds(spent_ns_.load()); }
    bool run_spent() const { return spent() >= limits_.per_run; }
    // Distinct words that were given fewer suggestions because a budget was spent.
    std::size_t words_cut() const { return words_cut_.load(); }

private:
    friend class FileSuggestionBudget;
    SuggestionLimits limits_;
    std::atomic<long long> spent_ns_{0};
    std::atomic<std::size_t> words_cut_{0};
};

// One file's share: the file's own limit within the run's.
class FileSuggestionBudget {
public:
    explicit FileSuggestionBudget(SuggestionBudget& run) : run_(run) {}

    bool allows() const { return spent_ < run_.limits_.per_file && !run_.run_spent(); }
    void charge(std::chrono::nanoseconds spent) {
        spent_ += spent;
        run_.spent_ns_ += spent.count();
    }
    void note_cut() {
        cut_ = true;
        ++run_.words_cut_;
    }
    // Some word of this file was given fewer suggestions than an unlimited run would give.
    bool cut() const { return cut_; }

private:
    SuggestionBudget& run_;
    std::chrono::nanoseconds spent_{0};
    bool cut_ = false;
};

} // namespace medloc
