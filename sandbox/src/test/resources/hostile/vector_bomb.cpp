// Grows vectors until memory runs out.
#include <cstdio>
#include <vector>
int main() {
    std::vector<std::vector<long>> all;
    for (;;) {
        all.emplace_back(1 << 20, 42L);
    }
}
