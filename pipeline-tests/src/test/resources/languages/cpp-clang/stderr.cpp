#include <iostream>
int main() {
    long long a, b;
    std::cin >> a >> b;
    std::cerr << "debug" << std::endl;
    std::cout << a + b << '\n';
}
