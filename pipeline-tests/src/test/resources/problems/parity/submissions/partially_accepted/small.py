n = int(input())
print("even" if n % 2 == 0 or n >= 10 else "odd")
