long sum = 0
System.in.newReader().eachLine { line ->
    for (t in line.split(' ')) if (t) sum += t.toLong()
}
println(sum)
