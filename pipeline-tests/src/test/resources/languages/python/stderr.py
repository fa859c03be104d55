import sys
a, b = map(int, input().split())
print("debug", a, b, file=sys.stderr)
print(a + b)
