object Main {
  def main(args: Array[String]): Unit = {
    var i = 0L
    while (true) { i = (i + 1) & 0xffffff }
  }
}
