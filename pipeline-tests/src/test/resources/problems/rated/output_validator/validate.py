# The square of the input, exactly: full marks; within 1 %: half; else rejected.
# Called as: validate.py input answer feedback_dir [flags] < team_output
import sys

answer = int(open(sys.argv[2]).read().split()[0])
feedback = sys.argv[3]
try:
    got = int(sys.stdin.read().split()[0])
except (ValueError, IndexError):
    open(feedback + "judgemessage.txt", "w").write("expected an integer\n")
    sys.exit(43)
if got == answer:
    score = 1.0
elif abs(got - answer) * 100 <= answer:
    score = 0.5
else:
    open(feedback + "judgemessage.txt", "w").write(f"{got} is too far from the square\n")
    sys.exit(43)
open(feedback + "score.txt", "w").write(f"{score}\n")
open(feedback + "judgemessage.txt", "w").write(f"score {score}\n")
sys.exit(42)
