fun main() {
    var i = 0L
    while (true) { i = (i + 1) and 0xffffff }
}
