sum=0
while read -r x; do
  [ -n "$x" ] && sum=$((sum + x))
done
echo $sum
