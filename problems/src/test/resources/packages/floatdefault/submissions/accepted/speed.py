import sys
n = int(sys.stdin.readline())
d = t = 0
for _ in range(n):
    a, b = map(int, sys.stdin.readline().split())
    d += a
    t += b
print(d / t)
