if 1:
    x = (
        1) + 2
    for a in (
            1, 2):
        print(a)
print(x)
def f(a,
        b):
    return (a +
  b) * 2
print(f(1,
 2))
y = [1,
     2] + [
3]
if y:
        print(y)
