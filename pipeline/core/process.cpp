#include "core/process.h"

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

// Both ends of a pipe, closed on every way out.
class Pipe {
public:
    Pipe() = default;
    ~Pipe() {
        close_read();
        close_write();
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;

    bool open() {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return false;
        read_ = fds[0];
        write_ = fds[1];
        return true;
    }
    int read_end() const { return read_; }
    int write_end() const { return write_; }
    void close_read() { close(read_); }
    void close_write() { close(write_); }

private:
    static void close(int& fd) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    int read_ = -1;
    int write_ = -1;
};

Error failure(const std::string& program, const std::string& what) {
    return Error{"cannot run " + program + ": " + what};
}

int wait_for(pid_t child) {
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

} // namespace

Result<ProcessOutput> run_process(const std::vector<std::string>& arguments,
                                  const ProcessLimits& limits) {
    if (arguments.empty())
        return Error{"no program to run"};
    const std::string& program = arguments.front();
    Pipe out;
    Pipe err;
    if (!out.open() || !err.open())
        return failure(program, std::strerror(errno));

    posix_spawn_file_actions_t actions;
    if (posix_spawn_file_actions_init(&actions) != 0)
        return failure(program, "no memory");
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out.write_end(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.write_end(), STDERR_FILENO);
    std::vector<char*> argv;
    for (const std::string& argument : arguments)
        argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    pid_t child = -1;
    const int spawned =
        ::posix_spawnp(&child, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return failure(program, spawned == ENOENT ? "not found" : std::strerror(spawned));
    out.close_write();
    err.close_write();

    ProcessOutput result;
    const auto deadline = std::chrono::steady_clock::now() + limits.timeout;
    pollfd fds[2] = {{out.read_end(), POLLIN, 0}, {err.read_end(), POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open_count = 2;
    std::string problem;
    char buffer[65536];
    while (open_count > 0 && problem.empty()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            problem = "it ran longer than " + std::to_string(limits.timeout.count()) + " ms";
            break;
        }
        const int ready = ::poll(fds, 2, static_cast<int>(left.count()));
        if (ready < 0 && errno != EINTR) {
            problem = std::strerror(errno);
            break;
        }
        for (int i = 0; i < 2 && ready > 0; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0)
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
                if (result.out.size() + result.err.size() > limits.max_output)
                    problem = "its output passed " + std::to_string(limits.max_output) + " bytes";
            } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                fds[i].fd = -1;
                --open_count;
            }
        }
    }
    if (!problem.empty())
        ::kill(child, SIGKILL);
    const int status = wait_for(child);
    if (!problem.empty())
        return failure(program, problem);
    if (!WIFEXITED(status))
        return failure(program, "it died of signal " + std::to_string(WTERMSIG(status)));
    result.exit_code = WEXITSTATUS(status);
    return result;
}

} // namespace medloc
