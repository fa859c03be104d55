fun main() {
    val (a, b) = readln().trim().split(" ").map { it.toInt() }
    println(a / (b - b))  // ArithmeticException, exit 1
}
