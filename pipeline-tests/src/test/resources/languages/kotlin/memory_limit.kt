// keep ~1 GiB of filled 1 MiB arrays alive
fun main() {
    val keep = ArrayList<ByteArray>()
    for (i in 0 until 1024) keep.add(ByteArray(1 shl 20) { i.toByte() })
    println(keep.size)
}
