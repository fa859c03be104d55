def (a, b) = System.in.newReader().readLine().trim().split(/\s+/)*.toLong()
System.err.println("debug")
println(a + b)
