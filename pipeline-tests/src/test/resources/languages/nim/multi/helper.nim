proc add*(a, b: BiggestInt): BiggestInt = a + b
