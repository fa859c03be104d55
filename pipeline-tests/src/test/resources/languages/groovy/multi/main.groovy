def (a, b) = System.in.newReader().readLine().trim().split(/\s+/)*.toLong()
println(Helper.add(a, b))
