# Line continuation, semicolons, comments, one-line compound statements.
a = 1 + \
    2 + \
    3
print(a)
b = (1 +
     2 +   # a comment inside parens
     3)
print(b)
c = [
    1,
    2,
    3,   # trailing comma
]
print(c)
d = {'k':
     'v'}
print(d)
x = 1; y = 2; z = x + y
print(x, y, z)
if z == 3: print('one-line if')
for i in range(3): print('loop', i)
while x < 3: x += 1
print('x', x)
def f(): return 'one-line def'
print(f())
# comment line
    # indented comment line
print('after comments')  # trailing comment
print(len("""
"""))
e = 1 if \
    True else 2
print(e)
def g(a,
      b,
      c=3):
    return a + b + c
print(g(1,
        2))
