BEGIN { i = 0; while (1) i++ }
