# Return values: implicit None, multiple values, early return.
def none_implicit():
    pass
def none_bare():
    return
def multi():
    return 1, 'two', [3]
print(none_implicit(), none_bare(), multi())
a, b, c = multi()
print(a, b, c)
def early(x):
    if x < 0:
        return 'negative'
    for i in range(x):
        if i * i > x:
            return i
    return 'none found'
print(early(-1), early(10), early(0))
def returns_func():
    def inner():
        return 'inner result'
    return inner
print(returns_func()())
def returns_starred():
    rest = [2, 3]
    return 1, *rest
print(returns_starred())
def loop_return():
    while True:
        return 'escaped'
print(loop_return())
def return_in_nested_loops():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return (i, j)
print(return_in_nested_loops())
print(type(multi()).__name__, len(multi()))
