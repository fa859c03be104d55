import sys
print(sum(int(x) for x in sys.stdin.buffer.read().split()))
