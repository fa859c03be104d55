object Main {
  def main(args: Array[String]): Unit = {
    val in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in))
    var sum = 0L
    var line = in.readLine()
    while (line != null) {
      for (t <- line.split(" ") if t.nonEmpty) sum += t.toLong
      line = in.readLine()
    }
    println(sum)
  }
}
