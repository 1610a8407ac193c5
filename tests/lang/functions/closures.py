# Closures capture variables, not values.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def late():
    x = 1
    def get():
        return x
    x = 2
    return get
print(late()())
def outer():
    a = 'outer-a'
    def middle():
        def inner():
            return a
        return inner
    return middle()()
print(outer())
def shared():
    v = []
    def push(x):
        v.append(x)
    def peek():
        return list(v)
    return push, peek
push, peek = shared()
push(1); push(2)
print(peek())
print(add5.__closure__ is not None, make_adder.__closure__)
