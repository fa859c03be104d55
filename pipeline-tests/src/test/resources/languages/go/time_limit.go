package main

import "fmt"

func main() {
	var i uint64
	for {
		i++
		if i == 0 {
			fmt.Println("wrapped")
		}
	}
}
