x <- scan(file("stdin"), what = integer(), n = 2, quiet = TRUE)
message("debug")
cat(x[1] + x[2], "\n", sep = "")
