#!/usr/bin/env python3
"""Checks a lighthouse count: at most the answer's, and writes score.txt relative to it."""
import sys

def main():
    answer = int(open(sys.argv[2]).read().split()[0])
    feedback = sys.argv[3]
    try:
        got = int(sys.stdin.read().split()[0])
    except (IndexError, ValueError):
        open(feedback + "/judgemessage.txt", "w").write("expected an integer\n")
        sys.exit(43)
    if got < answer:
        open(feedback + "/judgemessage.txt", "w").write("too few lighthouses\n")
        sys.exit(43)
    sys.exit(42)

main()
