# Failed in-place operators: TypeError messages, and += on items of lists and tuples.
class Nothing:
    pass

n = Nothing()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    n @= 2
except TypeError as e:
    print(type(e).__name__, e)

lst = [1]
holder = [lst]
holder[0] += [2]
print(lst, holder[0] is lst)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
