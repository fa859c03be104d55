// keep ~1 GiB of filled 1 MiB arrays alive
object Main {
  def main(args: Array[String]): Unit = {
    val keep = scala.collection.mutable.ArrayBuffer[Array[Byte]]()
    for (i <- 0 until 1024) keep += Array.fill[Byte](1 << 20)(i.toByte)
    println(keep.size)
  }
}
