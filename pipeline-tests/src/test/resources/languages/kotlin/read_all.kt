fun main() {
    var sum = 0L
    System.`in`.bufferedReader().forEachLine { line ->
        for (t in line.split(' ')) if (t.isNotEmpty()) sum += t.toLong()
    }
    println(sum)
}
