# keep ~1 GiB of 1 MiB numeric vectors (131072 doubles each, filled) alive
keep <- vector("list", 1024)
for (i in 1:1024) keep[[i]] <- rep(as.numeric(i), 131072)
cat(length(keep), "\n")
