x <- scan(file("stdin"), what = integer(), n = 2, quiet = TRUE)
stop("boom")   # uncaught error: Rscript exits 1
