package main

import (
	"fmt"
	"os"
)

func main() {
	var a, b int64
	fmt.Scan(&a, &b)
	fmt.Fprintln(os.Stderr, "debug")
	fmt.Println(a + b)
}
