def (a, b) = System.in.newReader().readLine().trim().split(/\s+/)*.toInteger()
println(a.intdiv(b - b))  // ArithmeticException, exit 1
