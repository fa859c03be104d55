source ./lib.sh
read a b
add "$a" "$b"
