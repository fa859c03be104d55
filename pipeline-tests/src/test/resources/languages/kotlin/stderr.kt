fun main() {
    val (a, b) = readln().trim().split(" ").map { it.toLong() }
    System.err.println("debug")
    println(a + b)
}
