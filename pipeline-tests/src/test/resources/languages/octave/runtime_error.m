x = scanf("%d", 2);
error("boom");
