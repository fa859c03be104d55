read a b
echo debug >&2
echo $((a + b))
