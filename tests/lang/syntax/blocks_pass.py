# pass, empty-looking blocks, docstring-only bodies, __name__.
def nothing():
    pass
print(nothing())
def only_doc():
    "just a docstring"
print(only_doc(), only_doc.__doc__)
for _ in range(3):
    pass
print(_)
if True:
    pass
else:
    print('unreachable')
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(__name__)
if __name__ == '__main__':
    print('run as main')
def nested():
    def inner():
        pass
    return inner
print(nested()() is None)
x = 0
if x:
    pass
elif x == 0:
    print('elif taken')
...
print(..., type(...).__name__, Ellipsis is ...)
