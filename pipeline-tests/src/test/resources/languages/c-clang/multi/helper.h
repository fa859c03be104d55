#ifndef HELPER_H
#define HELPER_H
long long add(long long a, long long b);
#endif
