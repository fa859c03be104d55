sum=0
while read -r n; do sum=$((sum + n)); done
echo $sum
