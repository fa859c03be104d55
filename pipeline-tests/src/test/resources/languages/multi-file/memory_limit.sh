# keep 1 MiB strings alive in an array (each distinct, written by printf) up to ~1 GiB
arr=()
for ((i = 0; i < 1024; i++)); do
  printf -v 'arr[i]' '%*d' 1048576 "$i"
done
echo "${#arr[@]}"
