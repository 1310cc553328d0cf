#include "core/program_run.h"

#include "core/file_read.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace medloc {

namespace {

constexpr std::size_t kMaxErrorOutput = 64u << 10;

Error errno_error(const std::string& what) {
    return Error{what + ": " + std::strerror(errno)};
}

// A pipe whose two ends close themselves; both close on exec, so that only the copies
// made for the child (as its 1 and 2) reach it.
struct Pipe {
    FileDescriptor read_end;
    FileDescriptor write_end;
};

Result<Pipe> make_pipe() {
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return errno_error("cannot create a pipe");
    return Pipe{FileDescriptor(ends[0]), FileDescriptor(ends[1])};
}

// posix_spawn's attribute objects, destroyed with their owner.
class SpawnActions {
public:
    SpawnActions() { ok_ = ::posix_spawn_file_actions_init(&actions_) == 0; }
    ~SpawnActions() {
        if (ok_)
            ::posix_spawn_file_actions_destroy(&actions_);
    }
    SpawnActions(const SpawnActions&) = delete;
    SpawnActions& operator=(const SpawnActions&) = delete;
    bool ok() const { return ok_; }
    posix_spawn_file_actions_t* get() { return &actions_; }

private:
    posix_spawn_file_actions_t actions_{};
    bool ok_ = false;
};

// Waits for the child, whatever happens to the caller: no zombie is left behind.
class Child {
public:
    explicit Child(pid_t pid) : pid_(pid) {}
    ~Child() {
        if (pid_ > 0)
            wait();
    }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    void kill() {
        if (pid_ > 0)
            ::kill(pid_, SIGKILL);
    }

    int wait() {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

private:
    pid_t pid_;
};

} // namespace

Result<ProgramOutput> run_program(const std::vector<std::string>& arguments, std::size_t max_output,
                                  std::optional<std::chrono::milliseconds> timeout) {
    if (arguments.empty())
        return Error{"no program to run"};
    const std::string& program = arguments.front();
    // Everything the child needs is built before it starts.
    std::vector<char*> argv;
    argv.reserve(arguments.size() + 1);
    for (const std::string& argument : arguments)
        argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);

    auto out = make_pipe();
    if (!out)
        return Error{"cannot run " + program + ": " + out.error().message};
    auto err = make_pipe();
    if (!err)
        return Error{"cannot run " + program + ": " + err.error().message};
    SpawnActions actions;
    if (!actions.ok() ||
        ::posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null", O_RDONLY, 0) !=
            0 ||
        ::posix_spawn_file_actions_adddup2(actions.get(), out.value().write_end.get(),
                                           STDOUT_FILENO) != 0 ||
        ::posix_spawn_file_actions_adddup2(actions.get(), err.value().write_end.get(),
                                           STDERR_FILENO) != 0)
        return Error{"cannot run " + program + ": out of memory"};
    pid_t pid = -1;
    if (const int failed =
            ::posix_spawnp(&pid, program.c_str(), actions.get(), nullptr, argv.data(), environ);
        failed != 0)
        return Error{program + (failed == ENOENT
                                    ? std::string(": not found")
                                    : ": cannot be run: " + std::string(std::strerror(failed)))};
    Child child(pid);
    // Only the child writes now: the output ends when it exits.
    out.value().write_end = FileDescriptor();
    err.value().write_end = FileDescriptor();

    ProgramOutput output;
    pollfd watched[2] = {{out.value().read_end.get(), POLLIN, 0},
                         {err.value().read_end.get(), POLLIN, 0}};
    int open_ends = 2;
    bool too_much = false;
    char buffer[1 << 16];
    const auto deadline =
        std::chrono::steady_clock::now() + timeout.value_or(std::chrono::milliseconds(0));
    while (open_ends > 0) {
        int wait_ms = -1;
        if (timeout) {
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) {
                child.kill(); // the destructor waits for it
                return Error{program + " ran longer than " + std::to_string(timeout->count()) +
                             " ms"};
            }
            wait_ms = static_cast<int>(std::min<long long>(left.count(), 60'000));
        }
        if (::poll(watched, 2, wait_ms) < 0) {
            if (errno == EINTR)
                continue;
            return errno_error("cannot read the output of " + program);
        }
        for (int i = 0; i < 2; ++i) {
            if (watched[i].fd < 0 || watched[i].revents == 0)
                continue;
            const ssize_t n = ::read(watched[i].fd, buffer, sizeof buffer);
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (n <= 0) {
                watched[i].fd = -1; // end of this stream (poll ignores negative descriptors)
                --open_ends;
                continue;
            }
            std::string& text = i == 0 ? output.out : output.err;
            const std::size_t room = (i == 0 ? max_output : kMaxErrorOutput) - text.size();
            const std::size_t taken = std::min(room, static_cast<std::size_t>(n));
            text.append(buffer, taken);
            // The rest is read and dropped, so that the program is never stuck writing.
            too_much = too_much || (i == 0 && taken < static_cast<std::size_t>(n));
        }
    }
    output.exit_status = child.wait();
    if (too_much)
        return Error{program + " wrote more than " + std::to_string(max_output) + " bytes"};
    return output;
}

} // namespace medloc
