// Called as: checker input output answer. The output must equal the answer, letter case included.
#include "testlib.h"
#include <fstream>
#include <string>

int main(int argc, char **argv) {
    if (argc < 4) {
        quit(FAIL, "expected input, output and answer");
    }
    std::ifstream output(argv[2]), answer(argv[3]);
    std::string got, expected;
    answer >> expected;
    if (!(output >> got)) {
        quit(WA, "no output");
    }
    if (got != expected) {
        quit(WA, ("expected " + expected + ", read " + got).c_str());
    }
    quit(OK, got.c_str());
}
