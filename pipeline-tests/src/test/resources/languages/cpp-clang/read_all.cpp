#include <iostream>
int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    long long x, s = 0;
    while (std::cin >> x) s += x;
    std::cout << s << '\n';
}
