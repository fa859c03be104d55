#include <iostream>
#include <stdexcept>
int main() {
    throw std::runtime_error("uncaught exception");   // std::terminate -> SIGABRT
}
