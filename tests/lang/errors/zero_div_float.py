# ZeroDivisionError: float division by zero.
print(1.0 / 4)
print(1.0 / 0)
