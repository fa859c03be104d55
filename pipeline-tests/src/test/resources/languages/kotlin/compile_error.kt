fun main() {
    val (a, b) = readln().trim().split(" ").map { it.toLong() }
    val s: String = a + b
    println(s)
}
