x = scanf("%d", 2);
printf("%d\n", x(1) + x(2));
