# AssertionError with no message: last stderr line is just "AssertionError".
assert 1 + 1 == 2
print("first assert passed")
assert []
