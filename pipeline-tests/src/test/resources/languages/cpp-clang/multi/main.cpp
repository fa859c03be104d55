#include <iostream>
#include "helper.hpp"
int main() {
    long long a, b;
    std::cin >> a >> b;
    std::cout << helper::add(a, b) << '\n';
}
