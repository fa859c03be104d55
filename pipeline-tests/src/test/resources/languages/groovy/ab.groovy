def (a, b) = System.in.newReader().readLine().trim().split(/\s+/)*.toLong()
println(a + b)
