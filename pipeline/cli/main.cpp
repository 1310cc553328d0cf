#include "cli/cli.h"
#include "core/memory_reserve.h"
#include "text/printable.h"

#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
    // Room for the unwinding when memory runs out: exit 2 with a message, never terminate.
    const medloc::OutOfMemoryReserve reserve;
    // Messages on stderr echo names of files and archive entries, which content controls:
    // control characters in them are escaped (the progress line, medloc's own, is not).
    medloc::PrintableStreambuf printable_err(std::cerr.rdbuf());
    std::ostream err(&printable_err);
    err.setf(std::ios::unitbuf);
    return medloc::run_cli({argv + 1, argv + argc},
                           {std::cout, err, ::isatty(STDOUT_FILENO) == 1,
                            ::isatty(STDERR_FILENO) == 1, &std::cerr, true});
}
