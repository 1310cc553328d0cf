#pragma once

#include <string>
#include <utility>
#include <variant>

namespace medloc {

// An error carried as a value across module edges.
struct Error {
    std::string message;
};

// Either a value or an Error; the minimal subset of std::expected that medloc needs.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(state_); }
    const T& value() const& { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

// For operations that produce nothing but can fail.
struct Done {};
using Status = Result<Done>;

inline Status ok_status() {
    return Status(Done{});
}

} // namespace medloc
