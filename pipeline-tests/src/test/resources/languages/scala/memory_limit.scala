// keep ~1 GiB of filled 1 MiB arrays alive
object Main {
  def main(args: Array[String]): Unit = {
    val keep = scala.collection.mutable.ArrayBuffer[Array[Byte]]()
    for (i <- 0 until 1024) {
      val a = new Array[Byte](1 << 20)
      java.util.Arrays.fill(a, i.toByte)
      keep += a
    }
    println(keep.size)
  }
}
