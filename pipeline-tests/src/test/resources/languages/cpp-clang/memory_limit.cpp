#include <iostream>
#include <vector>
int main() {
    std::vector<std::vector<char>> blocks;
    for (int i = 0; i < 1024; i++) blocks.emplace_back(1 << 20, static_cast<char>(i));
    std::cout << static_cast<int>(blocks.back()[7]) << '\n';
}
