# keep ~1 GiB of distinct 1 MiB strings alive
BEGIN { for (i = 1; i <= 1024; i++) keep[i] = sprintf("%1048576d", i); print length(keep) }
