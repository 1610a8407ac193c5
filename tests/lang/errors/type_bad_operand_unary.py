# TypeError: bad operand type for unary -: 'str'.
print(-5)
print(-'five')
