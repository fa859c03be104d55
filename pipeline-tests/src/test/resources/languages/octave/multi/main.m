x = scanf("%d", 2);
printf("%d\n", addtwo(x(1), x(2)));
