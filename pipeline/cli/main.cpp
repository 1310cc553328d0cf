#include "cli/cli.h"

#include <iostream>
#include <unistd.h>

int main(int argc, char** argv) {
    return medloc::run_cli(
        {argv + 1, argv + argc},
        {std::cout, std::cerr, ::isatty(STDOUT_FILENO) == 1, ::isatty(STDERR_FILENO) == 1});
}
