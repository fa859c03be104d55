#include <iostream>
int main() { long long a, b; std::cin >> a >> b; std::cerr << "debug: " << a << " " << b << "\n"; std::cout << a + b << "\n"; }
