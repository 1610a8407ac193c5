# nonlocal and global declarations.
g = 'module'
def read_global():
    return g
def write_global():
    global g
    g = 'changed'
print(read_global())
write_global()
print(g, read_global())
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x
print(outer())
def shadow():
    g = 'local'
    return g
print(shadow(), g)
def nested_global():
    def inner():
        global g
        g = 'from inner'
    inner()
print(nested_global(), g)
def nonlocal_list():
    items = []
    def add(v):
        items.append(v)
    add(1); add(2)
    return items
print(nonlocal_list())
def rebinding():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(rebinding())
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(5)
print(counter)
