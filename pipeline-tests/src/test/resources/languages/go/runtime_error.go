package main

import (
	"fmt"
	"os"
)

func main() {
	zero := len(os.Args) - 1
	fmt.Println(10 / zero) // runtime error: integer divide by zero -> panic, exit code 2
}
