x = scanf("%d", 2);
if x(1) > 0
  printf("%d\n", x(1) + x(2));
