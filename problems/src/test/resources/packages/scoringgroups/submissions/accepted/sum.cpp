#include <iostream>
int main() { long n, s = 0, x; std::cin >> n; while (n--) { std::cin >> x; s += x; } std::cout << s << "\n"; }
