#include <iostream>
#include <string>
int main() {
    std::string s = 42 + nullptr_t();
    int x = s;
    std::cout << x << '\n';
}
